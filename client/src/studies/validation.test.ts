import { describe, expect, it } from "vitest";
import { checkAchievementBasis, checkCriteria, checkTolerance } from "./validation";

describe("changing the outcome tolerance", () => {
  it("accepts a fraction between 0 and 1 with a reason", () => {
    expect(checkTolerance({ tolerance: "0.15", reason: " Sensitivity check at 15% " })).toEqual({
      ok: true,
      value: { tolerance: 0.15, reason: "Sensitivity check at 15%" },
    });
  });

  it("refuses 0, 1 and anything outside or not a number", () => {
    for (const tolerance of ["0", "1", "1.5", "-0.1", "", "ten"]) {
      expect(checkTolerance({ tolerance, reason: "why" }).ok).toBe(false);
    }
  });

  it("requires a reason for the study's history", () => {
    const checked = checkTolerance({ tolerance: "0.1", reason: "  " });
    expect(checked).toEqual({ ok: false, errors: ["Give a reason: the study's history records why it changed."] });
  });
});

describe("changing the inclusion criteria", () => {
  const valid = { country: "GB", liveFrom: "2015", liveTo: "2020", minimumDistinctDocuments: "4", reason: "Protocol" };

  it("accepts a country, a live window and a minimum of documents", () => {
    expect(checkCriteria(valid)).toEqual({
      ok: true,
      value: { country: "GB", liveFrom: 2015, liveTo: 2020, minimumDistinctDocuments: 4, reason: "Protocol" },
    });
  });

  it("accepts a window of a single year", () => {
    expect(checkCriteria({ ...valid, liveFrom: "2018", liveTo: "2018" }).ok).toBe(true);
  });

  it("refuses a window that starts after it ends", () => {
    const checked = checkCriteria({ ...valid, liveFrom: "2021", liveTo: "2020" });
    expect(checked).toEqual({ ok: false, errors: ["The first live year (2021) must not be after the last (2020)."] });
  });

  it("needs four-digit years", () => {
    expect(checkCriteria({ ...valid, liveFrom: "15" }).ok).toBe(false);
  });

  it("needs at least one distinct document", () => {
    expect(checkCriteria({ ...valid, minimumDistinctDocuments: "0" }).ok).toBe(false);
    expect(checkCriteria({ ...valid, minimumDistinctDocuments: "2.5" }).ok).toBe(false);
    expect(checkCriteria({ ...valid, minimumDistinctDocuments: "1" }).ok).toBe(true);
  });

  it("lists every problem at once, including a missing reason", () => {
    const checked = checkCriteria({ country: "", liveFrom: "x", liveTo: "", minimumDistinctDocuments: "", reason: "" });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toHaveLength(5);
  });
});

describe("changing the achievement basis", () => {
  const payments = { basis: "payments", rule: null };

  it("sends the rule on metrics only, with the reason", () => {
    expect(checkAchievementBasis({ basis: "metrics", rule: "mean", reason: " protocol v2 " }, payments)).toEqual({
      ok: true,
      value: { basis: "metrics", rule: "mean", reason: "protocol v2" },
    });
    expect(checkAchievementBasis({ basis: "payments", rule: "mean", reason: "back" }, { basis: "metrics", rule: "mean" })).toEqual({
      ok: true,
      value: { basis: "payments", rule: null, reason: "back" },
    });
  });

  it("refuses the study's own setting and a missing reason", () => {
    expect(checkAchievementBasis({ basis: "payments", rule: "all", reason: "" }, payments)).toEqual({
      ok: false,
      errors: [
        "This is already the study's achievement basis; choose another to change it.",
        "Give a reason: the study's history records why it changed.",
      ],
    });
  });
});
