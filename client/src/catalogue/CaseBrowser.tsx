import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { useLiveTopic } from "../live/useLive";
import { catalogueTopic, type Topic } from "../live/topics";
import { plural } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { casesPath, fetchCases, fetchFacets } from "./api";
import { CaseFilterForm } from "./CaseFilterForm";
import { CaseTable } from "./CaseTable";
import { filtersFromQuery, filtersToQuery, noFilters, type FilterKey } from "./filters";
import { LiveYearChart } from "./LiveYearChart";

interface Props {
  /** Prefix for the filter controls' element ids, unique on the page. */
  idPrefix: string;
  /** The list endpoint: the catalogue or a study's candidates. */
  endpoint: string;
  keys: FilterKey[];
  /** A further topic whose changes alter the list (a study's criteria), besides the catalogue. */
  alsoWatch?: Topic;
  showFacetCounts: boolean;
  caption: string;
}

/** Filters (kept in the page's query string), count, live-year chart and table of cases. */
export function CaseBrowser({ idPrefix, endpoint, keys, alsoWatch, showFacetCounts, caption }: Props) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromQuery(searchParams, keys);
  const path = casesPath(endpoint, filters, keys);
  const list = useResource(path, (signal) => fetchCases(path, signal));
  const facets = useResource("/api/cases/facets", fetchFacets);
  useLiveTopic(catalogueTopic, list.reload);
  useLiveTopic(alsoWatch ?? null, list.reload);

  const change = useCallback(
    (key: FilterKey, value: string) =>
      setSearchParams((current) => filtersToQuery({ ...filtersFromQuery(current, keys), [key]: value }, keys), {
        replace: true,
      }),
    [setSearchParams, keys],
  );
  const clear = useCallback(
    () => setSearchParams(filtersToQuery(noFilters, keys), { replace: true }),
    [setSearchParams, keys],
  );

  return (
    <div className="case-browser">
      <CaseFilterForm
        idPrefix={idPrefix}
        keys={keys}
        filters={filters}
        facets={facets.data}
        showCounts={showFacetCounts}
        onChange={change}
        onClear={clear}
      />
      <ProblemAlert problem={facets.error} onRetry={facets.reload} />
      <ProblemAlert problem={list.error} onRetry={list.reload} />
      {list.data === undefined || list.error ? (
        list.loading && <Loading what="cases" />
      ) : (
        <>
          <div className="list-summary">
            <p className="count" data-testid="case-count" aria-live="polite">
              {plural(list.data.total, "case")}
            </p>
            {list.loading && (
              <span className="updating" role="status">
                Updating…
              </span>
            )}
          </div>
          <LiveYearChart cases={list.data.cases} />
          <CaseTable cases={list.data.cases} caption={caption} />
        </>
      )}
    </div>
  );
}
