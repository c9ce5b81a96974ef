import { describe, expect, it } from "vitest";
import type { AgreementReport, AgreementSet } from "../agreement/types";
import { metricValue, omittedReason, screeningSet } from "./agreement";

const set = (id: string, source: string): AgreementSet => ({
  id,
  name: id,
  source,
  level: "nominal",
  labels: 0,
  report: null,
  problem: null,
  pairs: [],
  overTime: [],
});

const report: AgreementReport = {
  units: 10,
  coders: 3,
  pairable: 20,
  results: [
    { metric: "percent", level: null, value: 0.8, standardError: null, confidenceInterval: null, probabilityBelow: null, notes: [] },
    { metric: "krippendorff", level: "nominal", value: 0.61, standardError: null, confidenceInterval: null, probabilityBelow: null, notes: [] },
  ],
  omitted: [{ metric: "fleiss", reason: "units rated by different numbers of coders" }],
};

describe("the screening agreement", () => {
  it("finds the screening set by its source, or by its id", () => {
    expect(screeningSet([set("pilot", "imported"), set("screening/demo", "screening")])?.id).toBe("screening/demo");
    expect(screeningSet([set("screening", "")])?.id).toBe("screening");
    expect(screeningSet([set("pilot", "imported")])).toBeUndefined();
    expect(screeningSet(undefined)).toBeUndefined();
  });

  it("reads a statistic, or why it is missing", () => {
    expect(metricValue(report, "krippendorff")).toBe(0.61);
    expect(metricValue(report, "fleiss")).toBeNull();
    expect(metricValue(null, "percent")).toBeNull();
    expect(omittedReason(report, "fleiss")).toBe("units rated by different numbers of coders");
    expect(omittedReason(report, "percent")).toBeNull();
  });
});
