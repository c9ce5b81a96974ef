import type { Criteria } from "../studies/types";
import { countryName } from "../ui/countries";
import type { ScreeningVerdict } from "./types";

export const verdicts: readonly ScreeningVerdict[] = ["include", "exclude", "unsure"];

const verdictNames: Record<ScreeningVerdict, string> = { include: "Include", exclude: "Exclude", unsure: "Unsure" };

/** "include" -> "Include"; an unknown verdict is shown as given. */
export function verdictLabel(verdict: string): string {
  return verdictNames[verdict as ScreeningVerdict] ?? verdict;
}

/** The server's exclusion reasons, one per criterion, in the order a PRISMA diagram reports them. */
export const reasons = ["not-uk", "outside-window", "too-few-documents", "insufficient-outcome-data", "other"] as const;

export const otherReason = "other";

type ReasonCriteria = Pick<Criteria, "country" | "liveFrom" | "liveTo" | "minimumDistinctDocuments">;

function countryReason(criteria: ReasonCriteria | undefined): string {
  const code = criteria?.country.trim().toUpperCase() ?? "GB";
  return code === "GB" || code === "UK" ? "Not UK" : `Not in ${countryName(code)}`;
}

/** A reason in words, with the study's criteria where they say more ("Fewer than 4 distinct documents"). */
export function reasonLabel(reason: string, criteria?: ReasonCriteria): string {
  switch (reason) {
    case "not-uk":
      return countryReason(criteria);
    case "outside-window":
      return criteria ? `Outside the live window (${criteria.liveFrom}–${criteria.liveTo})` : "Outside the live window";
    case "too-few-documents":
      return criteria
        ? `Fewer than ${criteria.minimumDistinctDocuments} distinct documents`
        : "Fewer than the minimum distinct documents";
    case "insufficient-outcome-data":
      return "Insufficient outcome data";
    case "other":
      return "Other (say what in the note)";
    default:
      return reason;
  }
}

/** "Exclude: Not UK", "Include". */
export function decisionLabel(decision: { verdict: string; reason: string | null }, criteria?: ReasonCriteria): string {
  const verdict = verdictLabel(decision.verdict);
  return decision.reason ? `${verdict}: ${reasonLabel(decision.reason, criteria)}` : verdict;
}

const statusNames: Record<string, string> = {
  unassigned: "Not assigned",
  "awaiting-decisions": "Awaiting decisions",
  "agreed-include": "Included (coders agree)",
  "agreed-exclude": "Excluded (coders agree)",
  conflict: "Conflict",
  "consensus-include": "Included by consensus",
  "consensus-exclude": "Excluded by consensus",
};

/** A case's inclusion status in words; null (withheld while blind) -> "Hidden until you decide". */
export function statusLabel(status: string | null): string {
  if (status === null) return "Hidden until you decide";
  return statusNames[status] ?? status;
}

export type HintOutcome = "pass" | "fail" | "unknown";

export const hintOutcome = (passes: boolean | null): HintOutcome =>
  passes === true ? "pass" : passes === false ? "fail" : "unknown";

const criterionNames: Record<string, string> = {
  country: "Country",
  "live-window": "Live window",
  "distinct-documents": "Distinct documents",
  "outcome-data": "Outcome data",
};

export function criterionLabel(criterion: string): string {
  return criterionNames[criterion] ?? criterion;
}

/** A reason as a flow-diagram box names it: "Excluded: Other reasons" rather than the form's instruction. */
export function flowReasonLabel(reason: string, criteria?: ReasonCriteria): string {
  return reason === otherReason ? "Other reasons" : reasonLabel(reason, criteria);
}
