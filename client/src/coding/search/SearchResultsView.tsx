import { plural } from "../../ui/format";
import { KwicLineView } from "./KwicLineView";
import { CaseDocumentGroups } from "./CaseDocumentGroups";
import type { SearchResults } from "./types";

/** Results grouped by case and document, each hit a keyword-in-context line; the counts cover the whole study. */
export function SearchResultsView({ results, onPage }: { results: SearchResults; onPage: (page: number) => void }) {
  const themeRun = results.theme !== null;
  return (
    <section aria-labelledby="results-title" className="search-results">
      <h2 id="results-title">Results</h2>
      <p className="list-summary" data-testid="search-counts" role="status">
        {results.documents === 0
          ? "No document of the study's candidate cases matches."
          : `Found in ${plural(results.documents, "document")} of ${plural(results.cases, "case")}.`}
        {themeRun && ` Theme ${results.theme}'s keywords: ${results.keywords.join("; ")}.`}
      </p>
      {results.skipped.length > 0 && (
        <div className="alert alert-note">
          {results.skipped.map((s) => (
            <p key={s.keyword}>
              Not searched: <code>{s.keyword}</code>: {s.problem}
            </p>
          ))}
        </div>
      )}
      {results.unplaced > 0 && (
        <p className="alert alert-error">
          {plural(results.unplaced, "match", "matches")} could not be placed exactly in the text and{" "}
          {results.unplaced === 1 ? "is" : "are"} not shown; please tell the study's lead.
        </p>
      )}
      <CaseDocumentGroups
        documents={results.results}
        summary={(document) =>
          plural(document.hitCount, "hit") +
          (document.hitCount > document.lines.length ? `, the first ${document.lines.length} shown` : "")
        }
      >
        {(document) => (
          <ol className="kwic-list">
            {document.lines.map((line) => (
              <KwicLineView
                key={`${line.keyword}:${line.start}:${line.end}`}
                line={line}
                studyId={results.studyId}
                caseId={document.caseId}
                documentId={document.documentId}
                version={document.textVersion}
              >
                {themeRun && <code className="kwic-keyword">{line.keyword}</code>}
              </KwicLineView>
            ))}
          </ol>
        )}
      </CaseDocumentGroups>
      <Pager page={results.page} pages={results.pages} onPage={onPage} />
    </section>
  );
}

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages of results">
      <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span>
        Page {page} of {pages}
      </span>
      <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
