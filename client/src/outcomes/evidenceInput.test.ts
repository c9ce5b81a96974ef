import { describe, expect, it } from "vitest";
import {
  checkCorrection,
  checkNewMetric,
  currentValue,
  describeEntry,
  figureSources,
  parseAmount,
  parsePage,
  sourceKey,
  type CorrectionInput,
  type MetricInput,
} from "./evidenceInput";
import type { EvidenceEntry, MetricAchievement } from "./types";

const entry = (over: Partial<EvidenceEntry>): EvidenceEntry => ({
  version: 1,
  metricKey: null,
  addedMetric: null,
  figures: [{ figure: "actual-outcome-payments", from: 2376250, to: 2600000 }],
  source: { documentId: "d1", documentTitle: "Final evaluation", page: "12-14" },
  reason: "audited",
  by: "amir",
  at: "2026-01-01T00:00:00Z",
  ...over,
});

const metric: MetricAchievement = {
  key: "outcomemetric1",
  metricId: "outcomemetric1",
  definition: "Entry into work",
  target: "250",
  targetedServiceUsers: null,
  targetNumber: 250,
  resultType: "Final",
  resultPeriodEnd: null,
  outcomesAchieved: "345",
  numberWithPositiveOutcomes: null,
  achieved: 345,
  ratio: 1.38,
  maximumPayment: null,
};

describe("reading evidence input", () => {
  it("reads a page or a range of pages, from page 1", () => {
    expect(["12", " 12 - 14 ", "12–14", "7-7"].map(parsePage)).toEqual(["12", "12-14", "12-14", "7"]);
    expect(["0", "14-12", "p. 12", "", "3-"].map(parsePage)).toEqual([null, null, null, null, null]);
  });

  it("reads amounts with thousands separators and refuses negatives", () => {
    expect(["2,600,000", "2600000", " 12.5 ", "0"].map(parseAmount)).toEqual([2600000, 2600000, 12.5, 0]);
    expect(["-5", "1,5", "two", ""].map(parseAmount)).toEqual([null, null, null, null]);
  });
});

describe("checking a correction", () => {
  const valid: CorrectionInput = {
    item: "payments",
    figure: "actual-outcome-payments",
    value: "2,600,000",
    documentId: "d1",
    page: "12 - 14",
    reason: " audited figure ",
  };

  it("sends the figure, the value, the document, the page and the reason", () => {
    expect(checkCorrection(valid, 2)).toEqual({
      ok: true,
      value: { figure: "actual-outcome-payments", value: 2600000, documentId: "d1", page: "12-14", reason: "audited figure", expectedVersion: 2 },
    });
    expect(checkCorrection({ ...valid, item: "outcomemetric1", figure: "target", value: "300" }, 0)).toMatchObject({
      ok: true,
      value: { metricKey: "outcomemetric1", figure: "target", value: 300 },
    });
  });

  it("says what to fix: a missing document, a bad page, no reason, a negative amount, a figure of the other item", () => {
    const refused = checkCorrection({ ...valid, documentId: "", page: "p12", reason: " ", value: "-1" }, 0);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors).toHaveLength(4);
    expect(checkCorrection({ ...valid, item: "outcomemetric1" }, 0).ok).toBe(false);
    expect(checkCorrection({ ...valid, figure: "max-outcome-payment", value: "0" }, 0).ok).toBe(false);
  });
});

describe("checking a new metric", () => {
  const valid: MetricInput = {
    definition: " People housed ",
    target: "400",
    achieved: "",
    maximumPayment: "",
    documentId: "d2",
    page: "4",
    reason: "outcome table",
  };

  it("sends the figures given", () => {
    expect(checkNewMetric(valid, 1)).toEqual({
      ok: true,
      value: { definition: "People housed", target: 400, documentId: "d2", page: "4", reason: "outcome table", expectedVersion: 1 },
    });
  });

  it("needs a definition and at least one figure", () => {
    expect(checkNewMetric({ ...valid, definition: "", target: "" }, 0)).toEqual({
      ok: false,
      errors: [
        "Say what the metric measures, as the document states it.",
        "Give at least one figure: the target, the result or the maximum payment.",
      ],
    });
  });
});

describe("the source of each figure", () => {
  it("is the latest entry that gave it, else INDIGO", () => {
    const first = entry({});
    const second = entry({ version: 2, by: "bea", figures: [{ figure: "actual-outcome-payments", from: 2600000, to: 2500000 }] });
    const sources = figureSources([second, first]);
    expect(sources.get(sourceKey(null, "actual-outcome-payments"))?.by).toBe("bea");
    expect(sources.has(sourceKey(null, "max-outcome-payment"))).toBe(false);
  });

  it("describes corrections, given figures and added metrics", () => {
    expect(describeEntry(entry({}), [], "GBP")).toBe("corrected Actual outcome payments £2,376,250 -> £2,600,000");
    expect(
      describeEntry(entry({ metricKey: "outcomemetric1", figures: [{ figure: "target", from: null, to: 300 }] }), [metric], "GBP"),
    ).toBe("gave Target 300 of metric outcomemetric1 (“Entry into work”)");
    expect(
      describeEntry(
        entry({ metricKey: "added-1", addedMetric: "People housed", figures: [{ figure: "target", from: null, to: 400 }] }),
        [],
        "GBP",
      ),
    ).toBe("added metric added-1 “People housed”: Target 400");
  });

  it("gives the current value of a figure", () => {
    const payments = { maxOutcomePayment: 100, actualOutcomePayments: 90, currency: "GBP" };
    expect(currentValue("payments", "actual-outcome-payments", payments, [metric])).toBe(90);
    expect(currentValue("outcomemetric1", "achieved", payments, [metric])).toBe(345);
    expect(currentValue("nope", "achieved", payments, [metric])).toBeNull();
  });
});
