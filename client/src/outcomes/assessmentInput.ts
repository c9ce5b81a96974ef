import type { AchievementSetting } from "../studies/types";
import { suggestionFor } from "./labels";
import type { AssessmentBody, Basis, CoderAssessment, ConsensusBody, SuggestedRatios } from "./types";

export const maxRatio = 10;
export const maxNoteLength = 2000;

/** The assessment form as typed: the ratio stays text until it is checked. Basis and rule are the study's. */
export interface AssessmentInput {
  ratio: string;
  overrideReason: string;
  insufficientData: boolean;
  reason: string;
  note: string;
  revisionReason: string;
}

/** What the form is filled against: the study's basis and the evidence (and its version) the page shows. */
export interface AssessmentContext {
  achievement: AchievementSetting;
  suggested: SuggestedRatios;
  evidenceVersion: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A ratio as the form shows it: up to four decimals, no trailing zeros ("" when there is none). */
export function ratioText(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "";
  return String(Math.round(ratio * 10000) / 10000);
}

/** Reads "0.87" (or "0,87"); null when blank or not a number. */
export function parseRatio(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "" || !/^\d*\.?\d+$|^\d+\.$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Whether the typed ratio differs from the suggestion at the precision the server keeps (four decimals). */
export function isOverride(ratio: number | null, suggestion: number | null): boolean {
  if (ratio === null) return false;
  if (suggestion === null) return true;
  return Math.round(ratio * 10000) !== Math.round(suggestion * 10000);
}

/** The form prefilled from my assessment, else with the suggested ratio. */
export function assessmentInputFrom(mine: CoderAssessment | null, suggestion: number | null): AssessmentInput {
  return {
    ratio: ratioText(mine === null ? suggestion : mine.ratio),
    overrideReason: mine?.overrideReason ?? "",
    insufficientData: mine?.insufficientData ?? false,
    reason: mine?.reason ?? "",
    note: mine?.note ?? "",
    revisionReason: "",
  };
}

/**
 * When the suggestion moves (the evidence was corrected, the study's basis changed), a ratio that still shows the old
 * suggestion shows the new one; a ratio the coder typed stays as typed.
 */
export function followSuggestion(input: AssessmentInput, previous: number | null, next: number | null): AssessmentInput {
  return input.ratio === ratioText(previous) ? { ...input, ratio: ratioText(next) } : input;
}

const clean = (text: string): string | undefined => (text.trim() === "" ? undefined : text.trim());

/**
 * The request body, or what to fix first. A ratio equal to the suggestion is left out (the server confirms the
 * suggestion); a different one needs an override reason; insufficient data needs a reason; a revision needs its reason.
 */
export function checkAssessment(
  input: AssessmentInput,
  context: AssessmentContext,
  mine: CoderAssessment | null,
): Checked<AssessmentBody> {
  const errors: string[] = [];
  const { achievement, evidenceVersion } = context;
  const suggestion = suggestionFor(context.suggested, achievement);
  const body: AssessmentBody = { basis: achievement.basis, evidenceVersion, expectedVersion: mine?.version ?? 0 };
  if (achievement.rule !== null) body.rule = achievement.rule;
  if (input.insufficientData) {
    body.insufficientData = true;
    const reason = clean(input.reason);
    if (reason === undefined) errors.push("Insufficient outcome data needs a reason: say what evidence is missing.");
    else body.reason = reason;
  } else {
    const ratio = parseRatio(input.ratio);
    if (input.ratio.trim() === "") {
      if (suggestion === null)
        errors.push(
          "The evidence gives no ratio on the study's basis: add the figures from a document, enter the ratio you read " +
            "with an override reason, or mark insufficient outcome data.",
        );
    } else if (ratio === null || ratio > maxRatio) {
      errors.push(`Ratio must be a number between 0 and ${maxRatio} (1 = all stated outcomes delivered, 0.87 = 87%).`);
    }
    if (ratio !== null && ratio <= maxRatio && isOverride(ratio, suggestion)) {
      body.ratio = ratio;
      const why = clean(input.overrideReason);
      if (why === undefined) errors.push("Your ratio differs from the suggested one: give an override reason.");
      else body.overrideReason = why;
    }
  }
  const note = clean(input.note);
  if (note !== undefined) {
    if (note.length > maxNoteLength) errors.push(`A note has at most ${maxNoteLength} characters; this one has ${note.length}.`);
    body.note = note;
  }
  if (mine !== null) {
    const why = clean(input.revisionReason);
    if (why === undefined) errors.push("Say why you reassess the case: the reason is kept with the revision.");
    else body.revisionReason = why;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body };
}

export interface ConsensusInput {
  basis: Basis;
  ratio: string;
  insufficientData: boolean;
  reason: string;
}

/** A consensus: a ratio or insufficient data, always with a reason. */
export function checkConsensus(input: ConsensusInput, expectedVersion: number): Checked<ConsensusBody> {
  const errors: string[] = [];
  const reason = clean(input.reason);
  const body: ConsensusBody = { basis: input.basis, reason: reason ?? "", expectedVersion };
  if (input.insufficientData) body.insufficientData = true;
  else {
    const ratio = parseRatio(input.ratio);
    if (ratio === null || ratio > maxRatio)
      errors.push(`A consensus gives the case's ratio (0 to ${maxRatio}, 0.87 = 87%), or marks insufficient outcome data.`);
    else body.ratio = ratio;
  }
  if (reason === undefined) errors.push("A consensus needs a reason: it is what the reviewers will read.");
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body };
}
