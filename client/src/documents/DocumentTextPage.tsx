import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { formatDateTime, plural } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchDocumentText } from "./api";
import { pagesOf } from "./textPages";
import { textPath } from "./textPath";
import type { DocumentText } from "./types";

export function DocumentTextPage() {
  const { id = "", documentId = "", version = "" } = useParams();
  return <TextReader key={`${id}/${documentId}/${version}`} caseId={id} documentId={documentId} version={Number(version)} />;
}

/** /cases/:id/documents/:documentId/texts/:version: one text version to read, page by page, shown strictly as text. */
function TextReader({ caseId, documentId, version }: { caseId: string; documentId: string; version: number }) {
  const text = useResource(`text:${caseId}/${documentId}/${version}`, (signal) =>
    fetchDocumentText(caseId, documentId, version, signal),
  );
  const data = text.data;
  return (
    <main className="page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/cases/${encodeURIComponent(caseId)}/documents`}>Documents of {caseId}</Link>
        </p>
        <h1>{data?.documentTitle ?? documentId}</h1>
        {data && <TextFacts text={data} />}
      </header>
      <ProblemAlert problem={text.error} onRetry={text.reload} />
      {text.loading && data === undefined && <Loading what="the text" />}
      {data && (
        <article aria-label={`Text of ${data.documentId}, version ${data.version}`}>
          {pagesOf(data.text, data.pages).map((page) => (
            <section key={page.number ?? 0} className="text-page-body" aria-label={page.number === null ? "Text" : `Page ${page.number}`}>
              {page.number !== null && <p className="page-number">Page {page.number}</p>}
              {/* A text node, never markup: whatever the document says is shown as it is, never run. */}
              <div className="document-text" data-testid="document-text-body">
                {page.text === "" ? <span className="muted">(no text on this page)</span> : page.text}
              </div>
            </section>
          ))}
        </article>
      )}
    </main>
  );
}

function TextFacts({ text }: { text: DocumentText }) {
  const versions = Array.from({ length: text.latestVersion }, (_, i) => i + 1);
  return (
    <>
      <p className="meta">
        <span className="mono">{text.documentId}</span>
        <span data-testid="text-version">
          Version {text.version} of {text.latestVersion}
        </span>
        <span>
          Added by {text.addedBy} on {formatDateTime(text.addedAt)}
        </span>
        <span>
          From {text.sourceFileName} ({text.mediaType})
        </span>
        <span>{text.pages.length > 0 ? plural(text.pages.length, "page") : "no pages"}</span>
        <span className="mono muted" title={text.contentHash}>
          {text.contentHash.slice(0, 19)}…
        </span>
      </p>
      {versions.length > 1 && (
        <p className="meta">
          Versions:{" "}
          {versions.map((v) =>
            v === text.version ? (
              <strong key={v}>v{v}</strong>
            ) : (
              <Link key={v} to={textPath(text.caseId, text.documentId, v)} className="version-link">
                v{v}
              </Link>
            ),
          )}
        </p>
      )}
      {text.note && <p className="prose muted">{text.note}</p>}
    </>
  );
}
