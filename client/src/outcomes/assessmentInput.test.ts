import { describe, expect, it } from "vitest";
import {
  assessmentInputFrom,
  checkAssessment,
  checkConsensus,
  isOverride,
  parseRatio,
  ratioText,
  withBasis,
  type AssessmentInput,
} from "./assessmentInput";
import type { CoderAssessment, SuggestedRatios } from "./types";

const suggested: SuggestedRatios = { payments: 0.8125, metricsAll: 0.5, metricsMean: 0.9, metricsPaymentWeighted: null };
const fresh = (over: Partial<AssessmentInput> = {}): AssessmentInput => ({
  ...assessmentInputFrom(null, suggested),
  ...over,
});
const mine: CoderAssessment = {
  coder: "ana",
  basis: "metrics",
  rule: "mean",
  ratio: 0.9,
  suggestedRatio: 0.9,
  overrideReason: null,
  insufficientData: false,
  reason: null,
  note: "read the 2019 report",
  at: "2026-01-01T00:00:00Z",
  version: 2,
};

describe("ratio text", () => {
  it("formats and parses ratios", () => {
    expect(ratioText(0.81254)).toBe("0.8125");
    expect(ratioText(null)).toBe("");
    expect(parseRatio(" 0,87 ")).toBe(0.87);
    expect(parseRatio("1")).toBe(1);
    expect(parseRatio("abc")).toBeNull();
    expect(parseRatio("-1")).toBeNull();
    expect(parseRatio("")).toBeNull();
  });

  it("detects an override at four decimals", () => {
    expect(isOverride(0.81250001, 0.8125)).toBe(false);
    expect(isOverride(0.8, 0.8125)).toBe(true);
    expect(isOverride(0.8, null)).toBe(true);
    expect(isOverride(null, 0.8)).toBe(false);
  });
});

describe("assessment input", () => {
  it("prefills with the payments suggestion, or from my assessment", () => {
    expect(fresh()).toMatchObject({ basis: "payments", rule: "all", ratio: "0.8125" });
    expect(assessmentInputFrom(mine, suggested)).toMatchObject({ basis: "metrics", rule: "mean", ratio: "0.9", note: "read the 2019 report" });
    expect(withBasis(fresh(), suggested, "metrics", "all").ratio).toBe("0.5");
    expect(withBasis(fresh(), suggested, "metrics", "payment-weighted").ratio).toBe("");
  });

  it("confirms the suggestion by leaving the ratio out", () => {
    expect(checkAssessment(fresh(), suggested, null)).toEqual({ ok: true, value: { basis: "payments", expectedVersion: 0 } });
  });

  it("needs an override reason for another ratio", () => {
    const checked = checkAssessment(fresh({ ratio: "0.7" }), suggested, null);
    expect(checked.ok).toBe(false);
    expect(checkAssessment(fresh({ ratio: "0.7", overrideReason: " annual report " }), suggested, null)).toEqual({
      ok: true,
      value: { basis: "payments", ratio: 0.7, overrideReason: "annual report", expectedVersion: 0 },
    });
  });

  it("sends the rule for metrics and a reason for insufficient data", () => {
    expect(checkAssessment(fresh({ basis: "metrics", rule: "mean", ratio: "0.9" }), suggested, null)).toEqual({
      ok: true,
      value: { basis: "metrics", rule: "mean", expectedVersion: 0 },
    });
    expect(checkAssessment(fresh({ insufficientData: true }), suggested, null).ok).toBe(false);
    expect(checkAssessment(fresh({ insufficientData: true, reason: "no results" }), suggested, null)).toEqual({
      ok: true,
      value: { basis: "payments", insufficientData: true, reason: "no results", expectedVersion: 0 },
    });
  });

  it("refuses bad ratios and asks for a ratio when there is no suggestion", () => {
    expect(checkAssessment(fresh({ ratio: "11" }), suggested, null).ok).toBe(false);
    expect(checkAssessment(fresh({ ratio: "x" }), suggested, null).ok).toBe(false);
    const none = { ...suggested, payments: null };
    expect(checkAssessment(fresh({ ratio: "" }), none, null).ok).toBe(false);
  });

  it("needs a revision reason and sends my version when revising", () => {
    const input = assessmentInputFrom(mine, suggested);
    expect(checkAssessment(input, suggested, mine).ok).toBe(false);
    const checked = checkAssessment({ ...input, revisionReason: "new evidence" }, suggested, mine);
    expect(checked).toMatchObject({ ok: true, value: { expectedVersion: 2, revisionReason: "new evidence", rule: "mean" } });
  });
});

describe("consensus input", () => {
  it("needs a ratio or insufficient data, and a reason", () => {
    expect(checkConsensus({ basis: "payments", ratio: "", insufficientData: false, reason: "" }, 0).ok).toBe(false);
    expect(checkConsensus({ basis: "payments", ratio: "0.92", insufficientData: false, reason: "agreed" }, 1)).toEqual({
      ok: true,
      value: { basis: "payments", ratio: 0.92, reason: "agreed", expectedVersion: 1 },
    });
    expect(checkConsensus({ basis: "metrics", ratio: "0.5", insufficientData: true, reason: "gap" }, 0)).toEqual({
      ok: true,
      value: { basis: "metrics", insufficientData: true, reason: "gap", expectedVersion: 0 },
    });
  });
});
