import { describe, expect, it } from "vitest";
import { apartText, footnotes, formatP, intervalText, oddsText, sections, shareText, stateLabel } from "./labels";
import type { CohortPrevalence, HeatmapCase, ThemeCohortPrevalence } from "./types";

const cohort = (present: number, absent: number, more: Partial<CohortPrevalence> = {}): CohortPrevalence => ({
  cases: present + absent,
  present,
  absent,
  disagreements: 0,
  unjudged: 0,
  hidden: 0,
  share: present + absent === 0 ? null : present / (present + absent),
  ...more,
});

const row = (successful: CohortPrevalence, struggling: CohortPrevalence, oddsRatio: number | null): ThemeCohortPrevalence => ({
  theme: 1,
  name: "Vision and values first",
  successful,
  struggling,
  fisher: { pValue: 1, oddsRatio, lower: 0, upper: null, notes: [] },
});

const heatmapCase = (caseId: string, classification: HeatmapCase["classification"]): HeatmapCase => ({
  caseId,
  name: caseId,
  classification,
  myProgress: null,
  cells: [],
});

describe("theme prevalence labels", () => {
  it("gives a cohort's share of judged cases and counts the rest apart", () => {
    expect(shareText(cohort(3, 1))).toBe("3 of 4 (75%)");
    expect(shareText(cohort(0, 0))).toBe("none judged");
    expect(apartText(cohort(3, 1, { disagreements: 1, unjudged: 2 }))).toBe("1 disagreement, 2 not judged");
    expect(apartText(cohort(0, 0, { disagreements: 2, hidden: 1 }))).toBe("2 disagreements, 1 hidden until you submit");
    expect(apartText(cohort(1, 1))).toBe("");
  });

  it("prints p-values to three decimals and very small ones as a bound", () => {
    expect(formatP(0.4857)).toBe("0.486");
    expect(formatP(1)).toBe("1.000");
    expect(formatP(0.0005367)).toBe("< 0.001");
  });

  it("tells an infinite odds ratio from an undefined one by the table's counts", () => {
    expect(oddsText(row(cohort(3, 1), cohort(1, 3), 6.408309))).toBe("6.41");
    expect(oddsText(row(cohort(2, 3), cohort(0, 4), null))).toBe("∞");
    expect(oddsText(row(cohort(0, 5), cohort(0, 4), null))).toBe("undefined");
    expect(oddsText(row(cohort(2, 1), cohort(0, 0), null))).toBe("undefined");
    expect(intervalText({ pValue: 0.49, oddsRatio: 6.4, lower: 0.2117329, upper: 621.9337505, notes: [] })).toBe("0.212 to 622");
    expect(intervalText({ pValue: 0.44, oddsRatio: null, lower: 0.37, upper: null, notes: [] })).toBe("0.37 to ∞");
  });

  it("names states, with the consensus that settled one", () => {
    expect(stateLabel("present", true)).toBe("Present (consensus)");
    expect(stateLabel("hidden")).toBe("Hidden until you submit");
  });

  it("groups the heatmap's cases by classification in the order given", () => {
    const grouped = sections([
      heatmapCase("a", "successful"),
      heatmapCase("b", "successful"),
      heatmapCase("c", "struggling"),
      heatmapCase("d", "insufficient-data"),
    ]);
    expect(grouped.map((s) => [s.label, s.cases.map((c) => c.caseId)])).toEqual([
      ["Successful", ["a", "b"]],
      ["Struggling", ["c"]],
      ["Insufficient data", ["d"]],
    ]);
  });

  it("numbers each test note once and leaves out the note about JSON", () => {
    const withNotes = (theme: number, notes: string[]): ThemeCohortPrevalence => ({
      ...row(cohort(1, 0), cohort(0, 1), null),
      theme,
      fisher: { pValue: 1, oddsRatio: null, lower: 0, upper: null, notes },
    });
    const { notes, byTheme } = footnotes([
      withNotes(1, ["a zero cell puts the top-left count at its largest possible value", "+∞ is given as null"]),
      withNotes(2, []),
      withNotes(3, ["no case shows the theme", "a zero cell puts the top-left count at its largest possible value"]),
    ]);
    expect(notes).toEqual(["a zero cell puts the top-left count at its largest possible value", "no case shows the theme"]);
    expect([...byTheme.entries()]).toEqual([
      [1, [1]],
      [2, []],
      [3, [2, 1]],
    ]);
  });
});
