import { describe, expect, it } from "vitest";
import { cohortFrame, cohortPlot, dotTitle, ratioAxisMax, ratioTicks, ratioX } from "./chart";
import type { CohortCase, OutcomeCohorts } from "./types";

const item = (caseId: string, ratio: number | null, classification: CohortCase["classification"]): CohortCase => ({
  caseId,
  name: `Case ${caseId}`,
  ratio,
  basis: ratio === null ? null : "payments",
  classification,
  suggestedRatio: ratio,
  evidence: { maxOutcomePayment: 100, actualOutcomePayments: 80, currency: "GBP" },
});

const cohorts = (over: Partial<OutcomeCohorts> = {}): OutcomeCohorts => ({
  studyId: "s",
  tolerance: 0.1,
  achievement: { basis: "payments", rule: null },
  counts: { successful: 0, struggling: 0, insufficientData: 0, conflicts: 0, unassessed: 0 },
  successful: [],
  struggling: [],
  insufficientData: [],
  conflicts: [],
  unassessed: [],
  ...over,
});

describe("cohort chart scale", () => {
  it("runs to 150% at least, further when a case achieved more", () => {
    expect(ratioAxisMax([])).toBe(1.5);
    expect(ratioAxisMax([0.2, null, 1.1])).toBe(1.5);
    expect(ratioAxisMax([0.2, 2.3])).toBe(2.3);
  });

  it("maps ratios onto the drawing area and clamps", () => {
    const span = cohortFrame.width - cohortFrame.left - cohortFrame.right;
    expect(ratioX(0, 1.5)).toBe(cohortFrame.left);
    expect(ratioX(1.5, 1.5)).toBe(cohortFrame.left + span);
    expect(ratioX(0.75, 1.5)).toBeCloseTo(cohortFrame.left + span / 2);
    expect(ratioX(-1, 1.5)).toBe(cohortFrame.left);
    expect(ratioX(9, 1.5)).toBe(cohortFrame.left + span);
  });

  it("ticks every 25%", () => {
    expect(ratioTicks(1.5)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]);
    expect(ratioTicks(1.6)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]);
  });

  it("titles a dot with the case name and its ratio", () => {
    expect(dotTitle("Ways to Wellness", 0.875)).toBe("Ways to Wellness: 87.5%");
  });
});

describe("cohortPlot", () => {
  it("plots only cases with a ratio, in lanes of their cohort, with the tolerance line at 1 - tolerance", () => {
    const plot = cohortPlot(
      cohorts({
        successful: [item("a", 0.95, "successful"), item("b", 1.2, "successful")],
        struggling: [item("c", 0.4, "struggling")],
        insufficientData: [item("d", null, "insufficient-data")],
        unassessed: [item("e", null, "unassessed")],
      }),
    );
    expect(plot.max).toBe(1.5);
    expect(plot.dots.map((d) => d.caseId)).toEqual(["a", "b", "c"]);
    expect(plot.lanes.map((l) => l.cohort)).toEqual(["successful", "struggling"]);
    expect(plot.toleranceX).toBeCloseTo(ratioX(0.9, 1.5));
    const [a, b, c] = plot.dots;
    expect(a?.y).not.toBe(b?.y);
    expect(c?.y).toBe(plot.lanes[1]?.y);
    expect(c?.cohort).toBe("struggling");
  });

  it("copes with nothing assessed", () => {
    const plot = cohortPlot(cohorts({ unassessed: [item("e", null, "unassessed")] }));
    expect(plot.dots).toEqual([]);
    expect(plot.lanes).toEqual([]);
  });
});
