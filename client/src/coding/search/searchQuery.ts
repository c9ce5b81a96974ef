import { withQuery } from "../../api/http";
import { describeKeyword, parseKeyword } from "../../codebook/keywords";

/** What is searched for: a keyword typed, or a theme's whole keyword list. */
export type SearchAsk = { kind: "keyword"; q: string } | { kind: "theme"; theme: number };

export interface SearchState {
  ask: SearchAsk | null;
  page: number;
}

/** A page or theme number from the address: a positive integer, else null. */
export const positive = (text: string | null) => (text !== null && /^[1-9]\d*$/.test(text) ? Number(text) : null);

/** The search the address describes (?q=… or ?theme=n, and &page=n); a theme wins over a stray q. */
export function readSearch(params: URLSearchParams): SearchState {
  const theme = positive(params.get("theme"));
  const q = params.get("q")?.trim() ?? "";
  const ask: SearchAsk | null = theme !== null ? { kind: "theme", theme } : q !== "" ? { kind: "keyword", q } : null;
  return { ask, page: positive(params.get("page")) ?? 1 };
}

/** The address's query for a search: what readSearch reads back. */
export function searchParams(state: SearchState): Record<string, string> {
  if (state.ask === null) return {};
  const params: Record<string, string> = state.ask.kind === "theme" ? { theme: String(state.ask.theme) } : { q: state.ask.q };
  if (state.page > 1) params.page = String(state.page);
  return params;
}

export function searchApiPath(studyId: string, state: SearchState): string {
  const ask = state.ask;
  return withQuery(`/api/studies/${encodeURIComponent(studyId)}/search`, {
    q: ask?.kind === "keyword" ? ask.q : null,
    theme: ask?.kind === "theme" ? ask.theme : null,
    page: state.page > 1 ? state.page : null,
  });
}

export const searchRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/search`;

export interface CaseGroup<T extends { caseId: string; caseName: string }> {
  caseId: string;
  caseName: string;
  documents: T[];
}

/** Consecutive documents of one case under one heading (the server sends them in case order). */
export function groupByCase<T extends { caseId: string; caseName: string }>(documents: T[]): CaseGroup<T>[] {
  const groups: CaseGroup<T>[] = [];
  for (const document of documents) {
    const last = groups[groups.length - 1];
    if (last?.caseId === document.caseId) last.documents.push(document);
    else groups.push({ caseId: document.caseId, caseName: document.caseName, documents: [document] });
  }
  return groups;
}

/** What a typed query will find, or what is wrong with it, as the researcher types; null while the box is empty. */
export function queryHint(text: string): { ok: true; text: string } | { ok: false; text: string } | null {
  if (text.trim() === "") return null;
  const parsed = parseKeyword(text);
  return parsed.ok ? { ok: true, text: `Finds ${describeKeyword(parsed.expression)}.` } : { ok: false, text: parsed.problem };
}
