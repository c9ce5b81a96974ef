import { plural } from "../ui/format";
import type { Checked } from "../studies/validation";

/** The lead's bulk assignment: at least two coders per case (screening is dual), and at least that many coders named. */
export function checkAssignment(input: { coders: string[]; perCase: string }): Checked<{ coders: string[]; perCase: number }> {
  const text = input.perCase.trim();
  const perCase = /^\d+$/.test(text) ? Number(text) : NaN;
  const errors: string[] = [];
  if (!Number.isInteger(perCase) || perCase < 2) {
    errors.push(`Coders per case must be a whole number, at least 2 (screening is dual); got "${text}".`);
  } else if (input.coders.length < perCase) {
    errors.push(`Choose at least ${perCase} coders for ${perCase} coders per case; ${input.coders.length} chosen.`);
  }
  if (input.coders.length === 0) errors.push("Choose the coders who screen.");
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { coders: input.coders, perCase } };
}

/** What a bulk assignment did: the server answers with the new assignments only. */
export const assignedMessage = (count: number): string =>
  count === 0
    ? "Every candidate already had enough coders: nothing new to assign."
    : `${plural(count, "assignment")} made.`;
