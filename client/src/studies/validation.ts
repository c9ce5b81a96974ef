import type { AchievementSetting, Criteria } from "./types";

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const check = <T>(errors: string[], value: () => T): Checked<T> =>
  errors.length > 0 ? { ok: false, errors } : { ok: true, value: value() };

function reasonErrors(reason: string): string[] {
  return reason.trim() === "" ? ["Give a reason: the study's history records why it changed."] : [];
}

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);
const year = (text: string): number | null => (/^\s*\d{4}\s*$/.test(text) ? Number(text) : null);

/** A tolerance is a fraction strictly between 0 and 1 (0.10 = outcomes within 10% count as met). */
export function checkTolerance(input: {
  tolerance: string;
  reason: string;
}): Checked<{ tolerance: number; reason: string }> {
  const text = input.tolerance.trim();
  const tolerance = Number(text);
  const errors = [...reasonErrors(input.reason)];
  if (text === "" || !Number.isFinite(tolerance) || tolerance <= 0 || tolerance >= 1) {
    errors.unshift(`Tolerance must be a number between 0 and 1, exclusive (0.10 means 10%); got "${text}".`);
  }
  return check(errors, () => ({ tolerance, reason: input.reason.trim() }));
}

export interface CriteriaInput {
  country: string;
  liveFrom: string;
  liveTo: string;
  minimumDistinctDocuments: string;
  reason: string;
}

/** Inclusion criteria: a country, a live window whose start is not after its end, at least one document. */
export function checkCriteria(input: CriteriaInput): Checked<Criteria & { reason: string }> {
  const errors: string[] = [];
  const country = input.country.trim();
  const liveFrom = year(input.liveFrom);
  const liveTo = year(input.liveTo);
  const minimum = wholeNumber(input.minimumDistinctDocuments);
  if (country === "") errors.push("Choose the country whose impact bonds the study includes.");
  if (liveFrom === null) errors.push("The first live year must be a year, e.g. 2015.");
  if (liveTo === null) errors.push("The last live year must be a year, e.g. 2020.");
  if (liveFrom !== null && liveTo !== null && liveFrom > liveTo) {
    errors.push(`The first live year (${liveFrom}) must not be after the last (${liveTo}).`);
  }
  if (minimum === null || minimum < 1) {
    errors.push("The minimum number of distinct documents must be a whole number, at least 1.");
  }
  errors.push(...reasonErrors(input.reason));
  return check(errors, () => ({
    country,
    liveFrom: liveFrom ?? 0,
    liveTo: liveTo ?? 0,
    minimumDistinctDocuments: minimum ?? 0,
    reason: input.reason.trim(),
  }));
}

export interface AchievementBasisInput {
  basis: string;
  rule: string;
  reason: string;
}

/** A basis and (on metrics) a rule that differ from the study's, with a reason; the rule is not sent on payments. */
export function checkAchievementBasis(
  input: AchievementBasisInput,
  current: AchievementSetting,
): Checked<AchievementSetting & { reason: string }> {
  const setting: AchievementSetting = { basis: input.basis, rule: input.basis === "metrics" ? input.rule : null };
  const errors = reasonErrors(input.reason);
  if (setting.basis === current.basis && setting.rule === current.rule)
    errors.unshift("This is already the study's achievement basis; choose another to change it.");
  return check(errors, () => ({ ...setting, reason: input.reason.trim() }));
}
