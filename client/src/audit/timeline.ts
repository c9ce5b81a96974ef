import { formatPercent } from "../ui/format";
import type { TimelineEntry } from "./types";

const inclusionNames: Record<string, string> = {
  "not screened": "not screened",
  "not-screened": "not screened",
  unassigned: "not assigned",
  "awaiting-decisions": "awaiting decisions",
  "agreed-include": "agreed include",
  "agreed-exclude": "agreed exclude",
  conflict: "conflict",
  "consensus-include": "consensus include",
  "consensus-exclude": "consensus exclude",
};

const classificationNames: Record<string, string> = {
  successful: "successful",
  struggling: "struggling",
  "insufficient-data": "insufficient data",
  conflict: "conflict",
  unassessed: "unassessed",
};

/** A derived inclusion status in words ("awaiting-decisions" -> "awaiting decisions"); unknown values as given. */
export function inclusionLabel(status: string): string {
  return inclusionNames[status] ?? status;
}

/** A derived classification in words; null (the case is not included) -> "none". */
export function outcomeLabel(classification: string | null | undefined): string {
  if (classification === null || classification === undefined || classification === "") return "none";
  return classificationNames[classification] ?? classification;
}

export interface StatusChange {
  kind: "inclusion" | "classification" | "suggested";
  text: string;
}

export const changeLabels: Record<StatusChange["kind"], string> = {
  inclusion: "Inclusion",
  classification: "Classification",
  suggested: "Suggested ratio",
};

/** The derived changes an entry made, e.g. "awaiting decisions -> agreed include"; none when nothing changed. */
export function statusChanges(entry: TimelineEntry): StatusChange[] {
  const changes: StatusChange[] = [];
  if (entry.inclusionBefore !== entry.inclusionAfter)
    changes.push({
      kind: "inclusion",
      text: `${inclusionLabel(entry.inclusionBefore)} -> ${inclusionLabel(entry.inclusionAfter)}`,
    });
  if ((entry.classificationBefore ?? null) !== (entry.classificationAfter ?? null))
    changes.push({
      kind: "classification",
      text: `${outcomeLabel(entry.classificationBefore)} -> ${outcomeLabel(entry.classificationAfter)}`,
    });
  if ((entry.suggestedBefore ?? null) !== (entry.suggestedAfter ?? null))
    changes.push({
      kind: "suggested",
      text: `${formatPercent(entry.suggestedBefore)} -> ${formatPercent(entry.suggestedAfter)}`,
    });
  return changes;
}

/** Entries in the order they happened (by the log's sequence). */
export function inOrder(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => a.sequence - b.sequence);
}

/** A datetime-local value ("2025-11-29T22:14", the reader's zone) as the ISO-8601 instant asOf wants; null when empty or invalid. */
export function asOfParameter(local: string): string | null {
  if (local.trim() === "") return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
