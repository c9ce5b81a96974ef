import { describe, expect, it } from "vitest";
import { achievementLabel, classificationLabel, cohortOf, suggestionFor, toleranceLabel } from "./labels";

describe("outcome labels", () => {
  it("names the tolerance and the threshold it sets", () => {
    expect(toleranceLabel(0.1)).toBe("tolerance 10%: successful at 90% or more");
    expect(toleranceLabel(0.15)).toBe("tolerance 15%: successful at 85% or more");
    expect(toleranceLabel(0.125)).toBe("tolerance 12.5%: successful at 87.5% or more");
    expect(toleranceLabel(0)).toBe("tolerance 0%: successful at 100% or more");
  });

  it("maps classifications to cohorts and labels", () => {
    expect(cohortOf("insufficient-data")).toBe("insufficientData");
    expect(cohortOf("conflict")).toBe("conflicts");
    expect(cohortOf("whatever")).toBe("unassessed");
    expect(classificationLabel("insufficient-data")).toBe("Insufficient data");
    expect(classificationLabel(null)).toBe("—");
    expect(classificationLabel("new-kind")).toBe("new-kind");
  });

  it("picks the suggestion for the study's basis and rule", () => {
    const s = { payments: 0.8, metricsAll: 0.5, metricsMean: 0.9, metricsPaymentWeighted: 0.95 };
    expect(suggestionFor(s, { basis: "payments", rule: null })).toBe(0.8);
    expect(suggestionFor(s, { basis: "metrics", rule: null })).toBe(0.5);
    expect(suggestionFor(s, { basis: "metrics", rule: "mean" })).toBe(0.9);
    expect(suggestionFor(s, { basis: "metrics", rule: "payment-weighted" })).toBe(0.95);
  });

  it("names the study's basis", () => {
    expect(achievementLabel({ basis: "payments", rule: null })).toBe("Outcome payments");
    expect(achievementLabel({ basis: "metrics", rule: "mean" })).toBe("Outcome metrics: Mean of the metrics");
  });
});
