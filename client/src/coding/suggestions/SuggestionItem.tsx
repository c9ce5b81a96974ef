import { useState, type FormEvent } from "react";
import { KwicLineView } from "../search/KwicLineView";
import type { Suggestion } from "./types";

/**
 * One suggested coding with its context: accept it (it becomes my coding, through the workbench's endpoint) or reject
 * it with an optional reason. Nothing happens to it until I choose.
 */
export function SuggestionItem({ studyId, suggestion, busy, onAccept, onReject }: {
  studyId: string;
  suggestion: Suggestion;
  busy: boolean;
  onAccept: () => void;
  onReject: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const reasonId = `reject-reason-${suggestion.suggestionId}`;

  function reject(event: FormEvent) {
    event.preventDefault();
    onReject(reason);
  }

  const line = { ...suggestion, match: suggestion.quote };
  return (
    <KwicLineView
      line={line}
      studyId={studyId}
      caseId={suggestion.caseId}
      documentId={suggestion.documentId}
      version={suggestion.textVersion}
    >
      <code className="kwic-keyword">{suggestion.keyword}</code>
      <button type="button" disabled={busy} onClick={onAccept}>
        Accept<span className="visually-hidden">: {suggestion.quote}</span>
      </button>
      <details className="reject-suggestion">
        <summary>Reject…</summary>
        <form onSubmit={reject} className="stack">
          <label htmlFor={reasonId}>Why not (optional)</label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          <button type="submit" className="button-secondary" disabled={busy}>
            Reject<span className="visually-hidden">: {suggestion.quote}</span>
          </button>
        </form>
      </details>
    </KwicLineView>
  );
}
