import { describe, expect, it } from "vitest";
import { criterionLabel, decisionLabel, flowReasonLabel, hintOutcome, reasonLabel, reasons, statusLabel, verdictLabel } from "./labels";

const criteria = { country: "GB", liveFrom: 2015, liveTo: 2020, minimumDistinctDocuments: 4 };

describe("verdicts", () => {
  it("names the three verdicts as the buttons do", () => {
    expect(["include", "exclude", "unsure"].map(verdictLabel)).toEqual(["Include", "Exclude", "Unsure"]);
  });

  it("shows an unknown verdict as given", () => {
    expect(verdictLabel("maybe")).toBe("maybe");
  });
});

describe("reasons", () => {
  it("lists the server's reasons in PRISMA order", () => {
    expect(reasons).toEqual(["not-uk", "outside-window", "too-few-documents", "insufficient-outcome-data", "other"]);
  });

  it("words each reason with the study's criteria", () => {
    expect(reasons.map((r) => reasonLabel(r, criteria))).toEqual([
      "Not UK",
      "Outside the live window (2015–2020)",
      "Fewer than 4 distinct documents",
      "Insufficient outcome data",
      "Other (say what in the note)",
    ]);
  });

  it("words them without criteria too", () => {
    expect(reasonLabel("too-few-documents")).toBe("Fewer than the minimum distinct documents");
    expect(reasonLabel("not-uk")).toBe("Not UK");
  });

  it("names another study's country", () => {
    expect(reasonLabel("not-uk", { ...criteria, country: "FR" })).toBe("Not in France");
  });

  it("names other reasons plainly in the flow diagram", () => {
    expect(flowReasonLabel("other")).toBe("Other reasons");
    expect(flowReasonLabel("too-few-documents", criteria)).toBe("Fewer than 4 distinct documents");
  });

  it("shows an unknown reason as given", () => {
    expect(reasonLabel("too-late")).toBe("too-late");
  });

  it("joins a verdict and its reason", () => {
    expect(decisionLabel({ verdict: "exclude", reason: "not-uk" }, criteria)).toBe("Exclude: Not UK");
    expect(decisionLabel({ verdict: "include", reason: null })).toBe("Include");
  });
});

describe("status and hints", () => {
  it("says a withheld status is hidden", () => {
    expect(statusLabel(null)).toBe("Hidden until you decide");
    expect(statusLabel("consensus-exclude")).toBe("Excluded by consensus");
    expect(statusLabel("new-status")).toBe("new-status");
  });

  it("reads a hint's three outcomes", () => {
    expect([true, false, null].map(hintOutcome)).toEqual(["pass", "fail", "unknown"]);
  });

  it("names the criteria", () => {
    expect(criterionLabel("live-window")).toBe("Live window");
    expect(criterionLabel("novel")).toBe("novel");
  });
});
