import { Link, useParams, useSearchParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { fetchCodebook } from "../../codebook/api";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { fetchStudy } from "../../studies/api";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { plural } from "../../ui/format";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useChange } from "../../ui/useChange";
import { CaseDocumentGroups } from "../search/CaseDocumentGroups";
import { positive } from "../search/searchQuery";
import { Pager } from "../search/SearchResultsView";
import { applyCoding } from "../workbench/api";
import { fetchSuggestions, precisionRoute, rejectSuggestion } from "./api";
import { SuggestionItem } from "./SuggestionItem";
import type { DocumentSuggestions, Suggestion, SuggestionsView } from "./types";
import "../search/search.css";

export function SuggestionsPage() {
  const { id = "" } = useParams();
  return <SuggestionsScreen key={id} id={id} />;
}


/** /studies/:id/suggestions?theme=n: a theme's keywords suggest codings to me; I accept or reject each. */
function SuggestionsScreen({ id }: { id: string }) {
  const [address, setAddress] = useSearchParams();
  const [theme, page] = [positive(address.get("theme")), positive(address.get("page")) ?? 1];
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const codebook = useResource(`codebook:${id}:latest`, (signal) => fetchCodebook(id, null, signal));
  const suggestions = useResource(`suggestions:${id}:${theme}:${page}`, (signal) =>
    theme === null ? Promise.resolve(undefined) : fetchSuggestions(id, theme, page, signal),
  );
  useLiveTopic(studyTopic(id), suggestions.reload);
  const themes = codebook.data?.themes.filter((t) => !t.retired && t.keywords.length > 0) ?? [];

  return (
    <main className="page suggestions-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link>
        </p>
        <h1>Suggested codings</h1>
        <p className="lede">
          A theme's keywords, run over the study's documents, suggest passages to code to it. Accept a suggestion to code it, or
          reject it; either way it is not offered to you again, and the keyword's <Link to={precisionRoute(id)}>precision</Link>{" "}
          counts your decision. Nothing is coded until you accept.
        </p>
      </header>
      <div className="field suggestions-theme">
        <label htmlFor="suggestions-theme">Theme</label>
        <select
          id="suggestions-theme"
          value={theme ?? ""}
          onChange={(e) => setAddress(e.target.value === "" ? {} : { theme: e.target.value })}
        >
          <option value="">Choose a theme…</option>
          {themes.map((t) => (
            <option key={t.number} value={t.number}>
              {t.number}. {t.name}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert problem={codebook.error ?? suggestions.error} onRetry={suggestions.reload} />
      {theme !== null && suggestions.loading && suggestions.data === undefined && <Loading what="the suggestions" />}
      {suggestions.data && (
        <SuggestionList
          view={suggestions.data}
          refetch={suggestions.reload}
          onPage={(p) => setAddress({ theme: String(theme), page: String(p) })}
        />
      )}
    </main>
  );
}

function SuggestionList({ view, refetch, onPage }: { view: SuggestionsView; refetch: () => void; onPage: (page: number) => void }) {
  const { feedback, run } = useChange(refetch, "Your coding of this document changed in another window; the suggestions are reloaded.");
  const accept = (document: DocumentSuggestions, s: Suggestion) =>
    run(
      () =>
        applyCoding(
          { studyId: view.studyId, caseId: s.caseId, documentId: s.documentId },
          {
            textVersion: s.textVersion,
            theme: s.theme,
            start: s.start,
            end: s.end,
            quote: s.quote,
            suggestionId: s.suggestionId,
            expectedVersion: document.streamVersion,
          },
        ),
      `Coded “${s.quote}” to theme ${s.theme}.`,
    );
  const reject = (document: DocumentSuggestions, s: Suggestion, reason: string) =>
    run(() => rejectSuggestion(view.studyId, s, reason, document.streamVersion), `Rejected “${s.quote}”.`);

  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">
        Theme {view.theme}: {view.themeName}
      </h2>
      <p className="list-summary" data-testid="suggestion-counts">
        Its keywords match {plural(view.documents, "document")} of {plural(view.cases, "case")}. Keywords: {view.keywords.join("; ")}.
      </p>
      <div aria-live="polite">
        <ChangeFeedbackView feedback={feedback} />
      </div>
      <CaseDocumentGroups
        documents={view.results}
        summary={(document) =>
          plural(document.open.length, "open suggestion") + (document.decided > 0 ? `, ${document.decided} decided` : "")
        }
      >
        {(document) =>
          document.open.length === 0 ? (
            <p className="muted">You have decided every suggestion here.</p>
          ) : (
            <ol className="kwic-list">
              {document.open.map((s) => (
                <SuggestionItem
                  key={s.suggestionId}
                  studyId={view.studyId}
                  suggestion={s}
                  busy={feedback.busy}
                  onAccept={() => accept(document, s)}
                  onReject={(reason) => reject(document, s, reason)}
                />
              ))}
            </ol>
          )
        }
      </CaseDocumentGroups>
      <Pager page={view.page} pages={view.pages} onPage={onPage} />
    </section>
  );
}
