import { describe, expect, it } from "vitest";
import {
  assessmentInputFrom,
  checkAssessment,
  checkConsensus,
  followSuggestion,
  isOverride,
  parseRatio,
  ratioText,
  type AssessmentContext,
  type AssessmentInput,
} from "./assessmentInput";
import type { CoderAssessment, SuggestedRatios } from "./types";

const suggested: SuggestedRatios = { payments: 0.8125, metricsAll: 0.5, metricsMean: 0.9, metricsPaymentWeighted: null };
const onPayments: AssessmentContext = { achievement: { basis: "payments", rule: null }, suggested, evidenceVersion: 0 };
const onMean: AssessmentContext = { achievement: { basis: "metrics", rule: "mean" }, suggested, evidenceVersion: 3 };
const fresh = (over: Partial<AssessmentInput> = {}): AssessmentInput => ({
  ...assessmentInputFrom(null, suggested.payments),
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
  it("prefills with the suggestion, or from my assessment", () => {
    expect(fresh()).toMatchObject({ ratio: "0.8125", insufficientData: false });
    expect(assessmentInputFrom(mine, suggested.metricsMean)).toMatchObject({ ratio: "0.9", note: "read the 2019 report" });
  });

  it("follows a moved suggestion unless the coder typed their own ratio", () => {
    expect(followSuggestion(fresh(), 0.8125, 0.9473).ratio).toBe("0.9473");
    expect(followSuggestion(fresh({ ratio: "" }), null, 0.5).ratio).toBe("0.5");
    expect(followSuggestion(fresh({ ratio: "0.7" }), 0.8125, 0.9473).ratio).toBe("0.7");
  });

  it("confirms the suggestion by leaving the ratio out, naming the basis and evidence it saw", () => {
    expect(checkAssessment(fresh(), onPayments, null)).toEqual({
      ok: true,
      value: { basis: "payments", evidenceVersion: 0, expectedVersion: 0 },
    });
  });

  it("needs an override reason for another ratio", () => {
    const checked = checkAssessment(fresh({ ratio: "0.7" }), onPayments, null);
    expect(checked.ok).toBe(false);
    expect(checkAssessment(fresh({ ratio: "0.7", overrideReason: " annual report " }), onPayments, null)).toEqual({
      ok: true,
      value: { basis: "payments", evidenceVersion: 0, ratio: 0.7, overrideReason: "annual report", expectedVersion: 0 },
    });
  });

  it("sends the study's rule on metrics and a reason for insufficient data", () => {
    expect(checkAssessment(fresh({ ratio: "0.9" }), onMean, null)).toEqual({
      ok: true,
      value: { basis: "metrics", rule: "mean", evidenceVersion: 3, expectedVersion: 0 },
    });
    expect(checkAssessment(fresh({ insufficientData: true }), onPayments, null).ok).toBe(false);
    expect(checkAssessment(fresh({ insufficientData: true, reason: "no results" }), onPayments, null)).toEqual({
      ok: true,
      value: { basis: "payments", evidenceVersion: 0, insufficientData: true, reason: "no results", expectedVersion: 0 },
    });
  });

  it("refuses bad ratios and asks for a ratio when there is no suggestion", () => {
    expect(checkAssessment(fresh({ ratio: "11" }), onPayments, null).ok).toBe(false);
    expect(checkAssessment(fresh({ ratio: "x" }), onPayments, null).ok).toBe(false);
    const none = { ...onPayments, suggested: { ...suggested, payments: null } };
    expect(checkAssessment(fresh({ ratio: "" }), none, null).ok).toBe(false);
  });

  it("needs a revision reason and sends my version when revising", () => {
    const input = assessmentInputFrom(mine, suggested.metricsMean);
    expect(checkAssessment(input, onMean, mine).ok).toBe(false);
    const checked = checkAssessment({ ...input, revisionReason: "new evidence" }, onMean, mine);
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
