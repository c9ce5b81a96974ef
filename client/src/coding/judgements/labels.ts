import { classificationLabel } from "../../outcomes/labels";
import { formatPercent } from "../../ui/format";
import type { Classification } from "../../outcomes/types";
import type { CohortPrevalence, FisherSummary, HeatmapCase, Progress, ThemeCohortPrevalence, ThemeState } from "./types";

const stateLabels: Record<ThemeState, string> = {
  present: "Present",
  absent: "Absent",
  disagreement: "Disagreement",
  unjudged: "Not judged",
  hidden: "Hidden until you submit",
};

/** A case's state on a theme as the researcher reads it. */
export const stateLabel = (state: ThemeState, byConsensus = false): string =>
  stateLabels[state] + (byConsensus ? " (consensus)" : "");

/** The mark a heatmap cell shows beside its colour, so the state reads without colour too. */
export const stateSymbol: Record<ThemeState, string> = {
  present: "●",
  absent: "○",
  disagreement: "≠",
  unjudged: "·",
  hidden: "–",
};

const progressLabels: Record<Progress, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
};

export const progressLabel = (progress: Progress): string => progressLabels[progress];

/** "3 of 4 (75%)": cases showing the theme of those judged; "none judged" when no case was. */
export function shareText(cohort: CohortPrevalence): string {
  const judged = cohort.present + cohort.absent;
  if (judged === 0) return "none judged";
  return `${cohort.present} of ${judged} (${formatPercent(cohort.share)})`;
}

/** The cohort's cases counted apart from the share: "1 disagreement, 2 not judged"; "" when none. */
export function apartText(cohort: CohortPrevalence): string {
  const parts: string[] = [];
  if (cohort.disagreements > 0) parts.push(`${cohort.disagreements} disagreement${cohort.disagreements === 1 ? "" : "s"}`);
  if (cohort.unjudged > 0) parts.push(`${cohort.unjudged} not judged`);
  if (cohort.hidden > 0) parts.push(`${cohort.hidden} hidden until you submit`);
  return parts.join(", ");
}

/** A p-value to three decimals, "< 0.001" below that. */
export function formatP(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

const threeDigits = new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 3 });

/** Whether a row or column of the theme-by-cohort table is empty: then the odds ratio is undefined. */
export function emptyMargin(row: ThemeCohortPrevalence): boolean {
  const [a, b, c, d] = [row.successful.present, row.successful.absent, row.struggling.present, row.struggling.absent];
  return a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0;
}

/**
 * The conditional odds ratio: the server gives +∞ (no successful case without the theme, or no struggling case with it)
 * and the undefined ratio of an empty margin both as null; the counts tell them apart.
 */
export function oddsText(row: ThemeCohortPrevalence): string {
  if (row.fisher.oddsRatio !== null) return threeDigits.format(row.fisher.oddsRatio);
  return emptyMargin(row) ? "undefined" : "∞";
}

/** The 95% interval; an upper bound of null is +∞. */
export function intervalText(fisher: FisherSummary): string {
  const lower = fisher.lower === null ? "0" : threeDigits.format(fisher.lower);
  return `${lower} to ${fisher.upper === null ? "∞" : threeDigits.format(fisher.upper)}`;
}

/** The heatmap's rows in sections by classification, in the server's order (successful, struggling, then the others). */
export function sections(cases: HeatmapCase[]): { classification: Classification; label: string; cases: HeatmapCase[] }[] {
  const result: { classification: Classification; label: string; cases: HeatmapCase[] }[] = [];
  for (const c of cases) {
    const last = result[result.length - 1];
    if (last?.classification === c.classification) last.cases.push(c);
    else result.push({ classification: c.classification, label: classificationLabel(c.classification), cases: [c] });
  }
  return result;
}

/** The server's note that +∞ travels as null in JSON: about the format, not the statistics, so the page leaves it out. */
const jsonOnlyNote = "+∞ is given as null";

/** The tests' notes, each once and numbered, and per theme the numbers of its notes (footnotes to the odds ratio). */
export function footnotes(rows: ThemeCohortPrevalence[]): { notes: string[]; byTheme: Map<number, number[]> } {
  const notes: string[] = [];
  const byTheme = new Map<number, number[]>();
  for (const row of rows) {
    const marks = row.fisher.notes
      .filter((note) => note !== jsonOnlyNote)
      .map((note) => {
        if (!notes.includes(note)) notes.push(note);
        return notes.indexOf(note) + 1;
      });
    byTheme.set(row.theme, marks);
  }
  return { notes, byTheme };
}
