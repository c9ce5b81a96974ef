import type { Theme } from "../../codebook/types";
import type { Checked } from "../../outcomes/assessmentInput";
import type { ConsensusBody, JudgementBody, MyCoding, ThemeJudgement } from "./types";

export const maxStrength = 3;
export const maxTextLength = 2000;

export type Verdict = "" | "present" | "absent";

/** A judgement form as typed. */
export interface JudgementInput {
  verdict: Verdict;
  strength: string;
  note: string;
  codingIds: string[];
  revisionReason: string;
}

/** The form prefilled from my judgement of the theme, or empty. */
export function judgementInputFrom(mine: ThemeJudgement | null): JudgementInput {
  return {
    verdict: mine === null ? "" : mine.present ? "present" : "absent",
    strength: mine?.strength === null || mine?.strength === undefined ? "" : String(mine.strength),
    note: mine?.note ?? "",
    codingIds: mine?.codingIds ?? [],
    revisionReason: "",
  };
}

const clean = (text: string): string | undefined => (text.trim() === "" ? undefined : text.trim());

/**
 * The request body, or what to fix first: a verdict; strength only for a present theme; a note within the limit; a reason
 * when I revise my earlier judgement, and a change to revise.
 */
export function checkJudgement(
  input: JudgementInput,
  theme: number,
  mine: ThemeJudgement | null,
  expectedVersion: number,
): Checked<JudgementBody> {
  const errors: string[] = [];
  if (input.verdict === "") return { ok: false, errors: [`Say whether the case shows theme ${theme}: present or absent.`] };
  const present = input.verdict === "present";
  const body: JudgementBody = { theme, present, codingIds: input.codingIds, expectedVersion };
  if (present && input.strength !== "") body.strength = Number(input.strength);
  const note = clean(input.note);
  if (note !== undefined) {
    if (note.length > maxTextLength) errors.push(`A note has at most ${maxTextLength} characters; this one has ${note.length}.`);
    body.note = note;
  }
  if (mine !== null) {
    const unchanged =
      mine.present === present &&
      (mine.strength ?? undefined) === body.strength &&
      (mine.note ?? undefined) === note &&
      mine.codingIds.join("\n") === input.codingIds.join("\n");
    if (unchanged) errors.push(`That is already your judgement of theme ${theme}; nothing to revise.`);
    const why = clean(input.revisionReason);
    if (why === undefined) errors.push(`Say why you revise your judgement of theme ${theme}: the reason is kept with the revision.`);
    else body.revisionReason = why;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body };
}

export interface ConsensusInput {
  verdict: Verdict;
  reason: string;
}

export function checkConsensus(input: ConsensusInput, theme: number, expectedVersion: number): Checked<ConsensusBody> {
  const errors: string[] = [];
  if (input.verdict === "") errors.push(`A consensus says whether the case shows theme ${theme}: present or absent.`);
  const reason = clean(input.reason);
  if (reason === undefined) errors.push("A consensus needs a reason: it is what the reviewers will read.");
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { theme, present: input.verdict === "present", reason: reason!, expectedVersion } };
}

/** The themes under a theme (its children, theirs, ...), from the parents the codebook records. */
function below(theme: number, themes: Theme[]): Set<number> {
  const found = new Set<number>([theme]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of themes)
      if (t.parent !== null && found.has(t.parent) && !found.has(t.number)) {
        found.add(t.number);
        grew = true;
      }
  }
  return found;
}

/** My codings that may support a judgement of the theme: coded to it or to a theme below it. */
export function codingsFor(theme: number, codings: MyCoding[], themes: Theme[]): MyCoding[] {
  const allowed = below(theme, themes);
  return codings.filter((c) => allowed.has(c.theme));
}
