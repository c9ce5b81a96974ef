import type { MetricResult } from "./types";

/** The distinct interval methods of a table's rows, numbered in order of first use (1, 2, …). */
export function intervalMethods(results: readonly MetricResult[]): string[] {
  const methods: string[] = [];
  for (const result of results) {
    const method = result.confidenceInterval?.method.trim();
    if (method && !methods.includes(method)) methods.push(method);
  }
  return methods;
}
