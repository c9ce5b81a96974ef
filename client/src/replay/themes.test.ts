import { describe, expect, it } from "vitest";
import type { CohortPrevalence, ThemeCohortPrevalence } from "../coding/judgements/types";
import { themeRows } from "./themes";
import type { ReplayScenario } from "./types";

const cohort = (present: number, absent: number): CohortPrevalence => ({
  cases: present + absent,
  present,
  absent,
  disagreements: 0,
  unjudged: 0,
  hidden: 0,
  share: present + absent === 0 ? null : present / (present + absent),
});

const theme = (number: number, successful: CohortPrevalence, struggling: CohortPrevalence, pValue: number): ThemeCohortPrevalence => ({
  theme: number,
  name: `Theme ${number}`,
  successful,
  struggling,
  fisher: { pValue, oddsRatio: null, lower: 0, upper: null, notes: [] },
});

const scenario = (tolerance: number, themes: ThemeCohortPrevalence[]): ReplayScenario => ({
  tolerance,
  successful: 0,
  struggling: 0,
  unclassified: 0,
  flipped: [],
  themes,
});

describe("replayed theme rows", () => {
  it("pair each theme's real and replayed prevalence and mark those the replay moves", () => {
    const real = scenario(0.1, [theme(1, cohort(3, 1), cohort(1, 3), 0.486), theme(2, cohort(1, 1), cohort(1, 1), 1)]);
    const replayed = scenario(0.15, [theme(2, cohort(1, 1), cohort(1, 1), 1), theme(1, cohort(4, 1), cohort(0, 3), 0.048)]);

    const rows = themeRows(real, replayed);

    expect(rows.map((r) => [r.theme, r.real?.successful.present, r.replayed?.successful.present, r.changed])).toEqual([
      [1, 3, 4, true],
      [2, 1, 1, false],
    ]);
  });

  it("keep a theme only one side has, marked as changed", () => {
    const rows = themeRows(scenario(0.1, [theme(1, cohort(1, 0), cohort(0, 1), 1)]), undefined);
    expect(rows.map((r) => [r.theme, r.replayed, r.changed])).toEqual([[1, undefined, true]]);
  });
});
