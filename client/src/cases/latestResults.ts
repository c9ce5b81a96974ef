import type { MetricResult } from "./types";

/**
 * A metric's latest results: those whose period ends last (several result types may share it).
 * Results without an end date count only when no result has one.
 */
export function latestResults(results: MetricResult[] | null | undefined): MetricResult[] {
  const all = results ?? [];
  const ends = all.map((r) => r.periodEnd?.trim() ?? "").filter((end) => end !== "");
  if (ends.length === 0) return all;
  const last = ends.reduce((a, b) => (b > a ? b : a));
  return all.filter((r) => r.periodEnd?.trim() === last);
}
