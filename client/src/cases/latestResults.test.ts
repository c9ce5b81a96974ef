import { describe, expect, it } from "vitest";
import { latestResults } from "./latestResults";

describe("latestResults", () => {
  it("keeps the results whose period ends last", () => {
    const interim = { resultType: "Interim", periodStart: "2016-04", periodEnd: "2018-03" };
    const final = { resultType: "Final", periodStart: "2016-04", periodEnd: "2020-03" };
    const finalPaid = { resultType: "Paid", periodStart: "2016-04", periodEnd: "2020-03" };
    expect(latestResults([interim, final, finalPaid])).toEqual([final, finalPaid]);
  });

  it("shows undated results only when none is dated", () => {
    const undated = { resultType: "Final", periodEnd: null };
    const dated = { resultType: "Interim", periodEnd: "2019" };
    expect(latestResults([undated, dated])).toEqual([dated]);
    expect(latestResults([undated])).toEqual([undated]);
  });

  it("has nothing to show for a metric without results", () => {
    expect(latestResults(undefined)).toEqual([]);
    expect(latestResults([])).toEqual([]);
  });
});
