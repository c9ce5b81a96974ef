import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { workbenchRoute } from "../workbench/api";

export interface KwicShown {
  start: number;
  end: number;
  page: number | null;
  before: string;
  match: string;
  after: string;
  moreBefore: boolean;
  moreAfter: boolean;
}

/**
 * One match in its context, all of it text (never markup: a document's words are shown, never run), the match marked,
 * with its page and a link that opens the workbench on these very words.
 */
export function KwicLineView({ line, studyId, caseId, documentId, version, children }: {
  line: KwicShown;
  studyId: string;
  caseId: string;
  documentId: string;
  version: number;
  children?: ReactNode;
}) {
  return (
    <li className="kwic-line" data-testid="kwic-line">
      <span className="kwic-page">{line.page === null ? "" : `p. ${line.page}`}</span>
      <span className="kwic-text">
        {line.moreBefore && "… "}
        {line.before}
        <mark>{line.match}</mark>
        {line.after}
        {line.moreAfter && " …"}
      </span>
      <span className="kwic-actions">
        <Link to={workbenchRoute({ studyId, caseId, documentId }, version, line)}>
          Open in workbench<span className="visually-hidden">: {line.match}</span>
        </Link>
        {children}
      </span>
    </li>
  );
}
