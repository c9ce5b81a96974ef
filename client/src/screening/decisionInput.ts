import type { Checked } from "../studies/validation";
import { otherReason } from "./labels";
import type { CoderDecision, ConsensusBody, DecisionBody, ScreeningVerdict } from "./types";

/** The server's limit on a note. */
export const maxNoteLength = 2000;

export interface DecisionInput {
  reason: string;
  note: string;
  revisionReason: string;
}

export const emptyDecisionInput: DecisionInput = { reason: "", note: "", revisionReason: "" };

/** The form as it starts for a case: my current reason and note, ready to revise. */
export function decisionInputFrom(decision: CoderDecision | null): DecisionInput {
  return { reason: decision?.reason ?? "", note: decision?.note ?? "", revisionReason: "" };
}

const cleaned = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** What an exclusion, the reason "other" and a note need: the study's rules, checked before asking the server. */
function reasonErrors(verdict: ScreeningVerdict, reason: string | null, note: string | null): string[] {
  const errors: string[] = [];
  if (verdict === "exclude" && reason === null) errors.push("An exclusion needs a reason: choose one under Reason.");
  if (reason === otherReason && note === null) errors.push("The reason Other needs a note saying what it is.");
  if (note !== null && note.length > maxNoteLength) {
    errors.push(`A note has at most ${maxNoteLength} characters; this one has ${note.length}.`);
  }
  return errors;
}

/** A coder's decision: a first one, or a revision of `current` (which needs a revision reason and a change). */
export function checkDecision(
  verdict: ScreeningVerdict,
  input: DecisionInput,
  current: CoderDecision | null,
): Checked<DecisionBody> {
  const reason = cleaned(input.reason);
  const note = cleaned(input.note);
  const revisionReason = cleaned(input.revisionReason);
  const errors = reasonErrors(verdict, reason, note);
  if (current !== null) {
    if (current.verdict === verdict && (current.reason ?? null) === reason && (current.note ?? null) === note) {
      errors.push("That is already your decision; nothing to revise.");
    } else if (revisionReason === null) {
      errors.push("Say why you revise your decision under Revision reason: it is kept with the revision.");
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      verdict,
      reason,
      note,
      revisionReason: current === null ? null : revisionReason,
      expectedVersion: current?.version ?? 0,
    },
  };
}

/** The lead's consensus: include or exclude, with the reasons an exclusion needs. */
export function checkConsensus(
  input: { verdict: string; reason: string; note: string },
  expectedVersion: number,
): Checked<ConsensusBody> {
  if (input.verdict !== "include" && input.verdict !== "exclude") {
    return { ok: false, errors: ["Choose whether the consensus includes or excludes the case."] };
  }
  const reason = cleaned(input.reason);
  const note = cleaned(input.note);
  const errors = reasonErrors(input.verdict, reason, note);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { verdict: input.verdict, reason, note, expectedVersion } };
}
