import type { ScreeningProgress } from "./types";

/** "3 of 10 screened". */
export function progressText(progress: ScreeningProgress): string {
  return `${progress.screened} of ${progress.assigned} screened`;
}

/** The share screened, between 0 and 1 (0 when nothing is assigned). */
export function progressRatio(progress: { done: number; total: number }): number {
  if (!(progress.total > 0)) return 0;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

/** The case to show first: the current one when it is in the queue, else the first not screened, else the first. */
export function caseToShow(
  cases: readonly { caseId: string; myDecision: unknown }[],
  requested: string | null,
): string | null {
  if (requested !== null && cases.some((c) => c.caseId === requested)) return requested;
  return (cases.find((c) => c.myDecision === null || c.myDecision === undefined) ?? cases[0])?.caseId ?? null;
}

/** The case step places after (1) or before (-1) the current one; null at either end or when current is not listed. */
export function neighbourCase(caseIds: readonly string[], current: string | null, step: 1 | -1): string | null {
  const index = current === null ? -1 : caseIds.indexOf(current);
  if (index < 0) return null;
  return caseIds[index + step] ?? null;
}
