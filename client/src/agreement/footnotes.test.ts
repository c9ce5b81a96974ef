import { describe, expect, it } from "vitest";
import { intervalMethods } from "./footnotes";
import type { MetricResult } from "./types";

const result = (metric: string, method: string | null): MetricResult => ({
  metric,
  level: null,
  value: 0.5,
  standardError: null,
  confidenceInterval: method === null ? null : { lower: 0.1, upper: 0.9, level: 0.95, method },
  probabilityBelow: null,
  notes: [],
});

describe("intervalMethods", () => {
  it("numbers each distinct method once, in order of first use", () => {
    const results = [
      result("percent", "Wald"),
      result("fleiss", null),
      result("krippendorff", "Bootstrap"),
      result("cohen", "Wald"),
    ];
    expect(intervalMethods(results)).toEqual(["Wald", "Bootstrap"]);
  });
});
