export interface QueueFilters {
  kind: string;
  caseId: string;
  /** A theme's number, or "" for every theme. */
  theme: string;
  coders: string;
  settled: boolean;
}

export const noFilters: QueueFilters = { kind: "", caseId: "", theme: "", coders: "", settled: false };

/** The queue's query string; empty filters are left out. */
export function queueQuery(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.caseId.trim()) params.set("caseId", filters.caseId.trim());
  if (filters.theme) params.set("theme", filters.theme);
  if (filters.coders) params.set("coders", filters.coders);
  if (filters.settled) params.set("settled", "true");
  const query = params.toString();
  return query ? `?${query}` : "";
}

const kindLabels: Record<string, string> = {
  screening: "screening",
  outcome: "outcome",
  theme: "theme judgement",
  segment: "segment coding",
};

/** A kind as people read it (a theme item's name says which theme); a kind unknown here reads as the server names it. */
export const kindLabel = (kind: string) => kindLabels[kind] ?? kind;

/** "amir+bea" as people read it. */
export const pairLabel = (pair: string, nameOf: (userName: string) => string) =>
  pair
    .split("+")
    .map((person) => nameOf(person))
    .join(" and ");
