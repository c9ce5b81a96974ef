import type { ThemeCohortPrevalence } from "../coding/judgements/types";
import type { ReplayScenario } from "./types";

export interface ThemeRow {
  theme: number;
  name: string;
  real: ThemeCohortPrevalence | undefined;
  replayed: ThemeCohortPrevalence | undefined;
  /** Whether the replay moves the theme's share in either cohort, or its p-value. */
  changed: boolean;
}

const moved = (a: ThemeCohortPrevalence | undefined, b: ThemeCohortPrevalence | undefined): boolean =>
  a === undefined ||
  b === undefined ||
  a.successful.present !== b.successful.present ||
  a.successful.absent !== b.successful.absent ||
  a.struggling.present !== b.struggling.present ||
  a.struggling.absent !== b.struggling.absent ||
  Math.abs(a.fisher.pValue - b.fisher.pValue) > 1e-12;

/** Each theme under the study's own settings (real) beside the replayed scenario, by theme number. */
export function themeRows(real: ReplayScenario | undefined, replayed: ReplayScenario | undefined): ThemeRow[] {
  const byNumber = new Map<number, ThemeRow>();
  for (const [side, scenario] of [["real", real], ["replayed", replayed]] as const)
    for (const t of scenario?.themes ?? []) {
      const row = byNumber.get(t.theme) ?? { theme: t.theme, name: t.name, real: undefined, replayed: undefined, changed: false };
      row[side] = t;
      byNumber.set(t.theme, row);
    }
  return [...byNumber.values()]
    .sort((a, b) => a.theme - b.theme)
    .map((row) => ({ ...row, changed: moved(row.real, row.replayed) }));
}
