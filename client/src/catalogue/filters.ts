/** The catalogue's filters, as the API and the page's query string both spell them. */
export interface CaseFilters {
  country: string;
  liveFrom: string;
  liveTo: string;
  stage: string;
  sector: string;
  fund: string;
  q: string;
}

export type FilterKey = keyof CaseFilters;

export const catalogueFilterKeys: FilterKey[] = ["country", "liveFrom", "liveTo", "stage", "sector", "fund", "q"];

/** A study's candidates are already limited to the study's country. */
export const candidateFilterKeys: FilterKey[] = catalogueFilterKeys.filter((key) => key !== "country");

export const noFilters: CaseFilters = { country: "", liveFrom: "", liveTo: "", stage: "", sector: "", fund: "", q: "" };

const yearKeys: ReadonlySet<FilterKey> = new Set(["liveFrom", "liveTo"]);

const isYear = (value: string): boolean => /^\d{4}$/.test(value);

/** Whether a typed value may be applied to a filter (years must be complete: four digits). */
export function isApplicable(key: FilterKey, value: string): boolean {
  const trimmed = value.trim();
  return trimmed === "" || !yearKeys.has(key) || isYear(trimmed);
}

/** Reads the filters from a query string, ignoring unknown keys and malformed years. */
export function filtersFromQuery(query: URLSearchParams, keys: FilterKey[]): CaseFilters {
  const filters = { ...noFilters };
  for (const key of keys) {
    const value = query.get(key)?.trim() ?? "";
    if (isApplicable(key, value)) filters[key] = value;
  }
  return filters;
}

/** Writes the non-empty filters to a query string in a stable order, so views can be shared. */
export function filtersToQuery(filters: CaseFilters, keys: FilterKey[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key].trim();
    if (value !== "" && isApplicable(key, value)) query.set(key, value);
  }
  return query;
}
