export interface QueueFilters {
  kind: string;
  caseId: string;
  coders: string;
  settled: boolean;
}

export const noFilters: QueueFilters = { kind: "", caseId: "", coders: "", settled: false };

/** The queue's query string; empty filters are left out. */
export function queueQuery(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.caseId.trim()) params.set("caseId", filters.caseId.trim());
  if (filters.coders) params.set("coders", filters.coders);
  if (filters.settled) params.set("settled", "true");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** "amir+bea" as people read it. */
export const pairLabel = (pair: string, nameOf: (userName: string) => string) =>
  pair
    .split("+")
    .map((person) => nameOf(person))
    .join(" and ");
