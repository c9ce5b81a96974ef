import type { ReactNode } from "react";
import { groupByCase } from "./searchQuery";

/** What a case's document in a list of results says of itself. */
export interface DocumentInCase {
  caseId: string;
  caseName: string;
  documentId: string;
  documentTitle: string;
  textVersion: number;
}

interface Props<T extends DocumentInCase> {
  documents: T[];
  /** What follows the document's id and version in its heading (e.g. how many hits). */
  summary: (document: T) => ReactNode;
  children: (document: T) => ReactNode;
}

/** Results grouped by case, one section per case with an article per document text, as search and suggestions show them. */
export function CaseDocumentGroups<T extends DocumentInCase>({ documents, summary, children }: Props<T>) {
  return groupByCase(documents).map((group) => (
    <section key={group.caseId} className="search-case" aria-label={`${group.caseName} (${group.caseId})`}>
      <h3>
        {group.caseName} <span className="mono muted">{group.caseId}</span>
      </h3>
      {group.documents.map((document) => (
        <article
          key={`${document.documentId}/${document.textVersion}`}
          className="search-document"
          aria-label={`${document.documentTitle}, ${document.documentId}`}
        >
          <h4>
            {document.documentTitle}{" "}
            <span className="muted">
              {document.documentId}, text version {document.textVersion} · {summary(document)}
            </span>
          </h4>
          {children(document)}
        </article>
      ))}
    </section>
  ));
}
