import { getJson, withQuery } from "../api/http";
import { filtersToQuery, type CaseFilters, type FilterKey } from "./filters";
import type { CaseList, Facets } from "./types";

export function casesPath(base: string, filters: CaseFilters, keys: FilterKey[]): string {
  return withQuery(base, Object.fromEntries(filtersToQuery(filters, keys)));
}

export const fetchCases = (path: string, signal: AbortSignal) => getJson<CaseList>(path, signal);

export const fetchFacets = (signal: AbortSignal) => getJson<Facets>("/api/cases/facets", signal);
