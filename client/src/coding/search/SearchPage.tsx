import { Link, useParams, useSearchParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { fetchCodebook } from "../../codebook/api";
import { catalogueTopic, studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { fetchStudy } from "../../studies/api";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { fetchSearch } from "./api";
import { SearchForm } from "./SearchForm";
import { readSearch, searchApiPath, searchParams, type SearchAsk } from "./searchQuery";
import { SearchResultsView } from "./SearchResultsView";
import "./search.css";

export function SearchPage() {
  const { id = "" } = useParams();
  return <SearchScreen key={id} id={id} />;
}

/** /studies/:id/search: text search over the texts of the study's documents, as keyword-in-context lines. */
function SearchScreen({ id }: { id: string }) {
  const [address, setAddress] = useSearchParams();
  const state = readSearch(address);
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const codebook = useResource(`codebook:${id}:latest`, (signal) => fetchCodebook(id, null, signal));
  const results = useResource(state.ask === null ? "search:none" : searchApiPath(id, state), (signal) =>
    state.ask === null ? Promise.resolve(undefined) : fetchSearch(id, state, signal),
  );
  // New texts (the catalogue) and codebook changes (the study) change what a search finds.
  useLiveTopic(studyTopic(id), results.reload);
  useLiveTopic(catalogueTopic, results.reload);
  const search = (ask: SearchAsk) => setAddress(searchParams({ ask, page: 1 }));
  const turnTo = (page: number) => setAddress(searchParams({ ...state, page }));

  return (
    <main className="page search-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link>
        </p>
        <h1>Search the documents</h1>
        <p className="lede">
          Every document of the study's candidate cases, at its latest text version. Open a hit in the workbench to code it.
        </p>
      </header>
      <SearchForm
        key={searchApiPath(id, { ...state, page: 1 })}
        ask={state.ask}
        themes={codebook.data?.themes.filter((t) => !t.retired) ?? []}
        onSearch={search}
      />
      <ProblemAlert problem={codebook.error ?? results.error} onRetry={results.reload} />
      {state.ask !== null && results.loading && results.data === undefined && <Loading what="the results" />}
      {results.data && <SearchResultsView results={results.data} onPage={turnTo} />}
    </main>
  );
}
