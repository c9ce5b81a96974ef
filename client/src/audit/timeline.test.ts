import { describe, expect, it } from "vitest";
import { asOfParameter, inclusionLabel, inOrder, outcomeLabel, statusChanges } from "./timeline";
import type { TimelineEntry } from "./types";

const entry = (overrides: Partial<TimelineEntry> = {}): TimelineEntry => ({
  sequence: 1,
  at: "2025-11-29T22:14:00Z",
  by: "ana",
  what: "screened: include",
  reason: null,
  inclusionBefore: "awaiting-decisions",
  inclusionAfter: "awaiting-decisions",
  classificationBefore: null,
  classificationAfter: null,
  ...overrides,
});

describe("status labels", () => {
  it("names the inclusion statuses in words", () => {
    expect(
      [
        "not screened",
        "awaiting-decisions",
        "agreed-include",
        "agreed-exclude",
        "conflict",
        "consensus-include",
        "consensus-exclude",
      ].map(inclusionLabel),
    ).toEqual([
      "not screened",
      "awaiting decisions",
      "agreed include",
      "agreed exclude",
      "conflict",
      "consensus include",
      "consensus exclude",
    ]);
    expect(inclusionLabel("something-new")).toBe("something-new");
  });

  it("names the classifications in words, and none when the case is not included", () => {
    expect(["successful", "struggling", "insufficient-data", "conflict", "unassessed"].map(outcomeLabel)).toEqual([
      "successful",
      "struggling",
      "insufficient data",
      "conflict",
      "unassessed",
    ]);
    expect(outcomeLabel(null)).toBe("none");
    expect(outcomeLabel(undefined)).toBe("none");
  });
});

describe("statusChanges", () => {
  it("says nothing when neither status changed", () => {
    expect(statusChanges(entry())).toEqual([]);
  });

  it("describes a change of inclusion", () => {
    expect(statusChanges(entry({ inclusionAfter: "agreed-include", classificationAfter: "unassessed" }))).toEqual([
      { kind: "inclusion", text: "awaiting decisions -> agreed include" },
      { kind: "classification", text: "none -> unassessed" },
    ]);
  });

  it("describes a change of classification", () => {
    expect(
      statusChanges(
        entry({
          inclusionBefore: "agreed-include",
          inclusionAfter: "agreed-include",
          classificationBefore: "struggling",
          classificationAfter: "successful",
        }),
      ),
    ).toEqual([{ kind: "classification", text: "struggling -> successful" }]);
  });

  it("describes a change of the suggested ratio, and reads its absence on older servers as no change", () => {
    expect(statusChanges(entry({ suggestedBefore: 0.8657, suggestedAfter: 0.9473 }))).toEqual([
      { kind: "suggested", text: "86.6% -> 94.7%" },
    ]);
    expect(statusChanges(entry({ suggestedBefore: 0.9, suggestedAfter: 0.9 }))).toEqual([]);
  });

  it("describes the first screening of a case", () => {
    expect(statusChanges(entry({ inclusionBefore: "not screened" }))).toEqual([
      { kind: "inclusion", text: "not screened -> awaiting decisions" },
    ]);
  });
});

describe("inOrder", () => {
  it("orders entries by the log's sequence without changing the input", () => {
    const entries = [entry({ sequence: 7 }), entry({ sequence: 2 }), entry({ sequence: 5 })];
    expect(inOrder(entries).map((e) => e.sequence)).toEqual([2, 5, 7]);
    expect(entries.map((e) => e.sequence)).toEqual([7, 2, 5]);
  });
});

describe("asOfParameter", () => {
  it("turns a datetime-local value into an ISO-8601 instant", () => {
    const local = "2025-11-29T22:14";
    expect(asOfParameter(local)).toBe(new Date(local).toISOString());
  });

  it("is null for an empty or invalid value", () => {
    expect(asOfParameter("")).toBeNull();
    expect(asOfParameter("  ")).toBeNull();
    expect(asOfParameter("not a date")).toBeNull();
  });
});
