import { useState, type FormEvent } from "react";
import type { Theme } from "../../codebook/types";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { formatDateTime } from "../../ui/format";
import { useChange } from "../../ui/useChange";
import { adjustCoding, removeCoding, writeCodingMemo, type DocumentRef } from "./api";
import type { CodedSegment, Segment } from "./types";

interface Props {
  document: DocumentRef;
  coding: CodedSegment;
  theme: Theme | undefined;
  page: number | null;
  /** The viewer's own coding: its memo may be written. */
  own: boolean;
  /** Its span may still change (the text version is not submitted). */
  open: boolean;
  pending: Segment | null;
  version: number;
  refetch: () => void;
  onRemoved: () => void;
}

const conflict = "Another window of yours changed this coding first; it is shown as it is now.";

/** One coding: its theme, words, place and memo (shown as text); the coder's own may be adjusted, memoed or removed. */
export function CodingDetails({ document, coding, theme, page, own, open, pending, version, refetch, onRemoved }: Props) {
  const [memo, setMemo] = useState(coding.memo ?? "");
  const [reason, setReason] = useState("");
  const { feedback, run } = useChange(refetch, conflict);

  async function saveMemo(event: FormEvent) {
    event.preventDefault();
    await run(
      () => writeCodingMemo(document, coding.codingId, { memo, expectedVersion: version }),
      memo.trim() ? "Memo saved." : "Memo cleared.",
    );
  }
  const adjust = (span: Segment) =>
    run(
      () => adjustCoding(document, coding.codingId, { ...span, reason: reason.trim() || null, expectedVersion: version }),
      `Span set to ${span.start}–${span.end}.`,
    );
  async function remove() {
    const removed = await run(
      () => removeCoding(document, coding.codingId, { reason: reason.trim() || null, expectedVersion: version }),
      "Coding removed.",
    );
    if (removed) onRemoved();
  }

  return (
    <section aria-labelledby="coding-title" className="panel coding-details" data-testid="coding-details">
      <h2 id="coding-title">
        <span className="palette-swatch" style={{ background: theme?.colour }} aria-hidden="true" /> Theme {coding.theme}
        {theme ? `: ${theme.name}` : ""}
      </h2>
      <blockquote className="coding-quote">{coding.quote}</blockquote>
      <p className="meta">
        <span>
          Characters {coding.start}–{coding.end}
          {page !== null ? `, page ${page}` : ""}
        </span>
        <span>
          By {coding.coder} on {formatDateTime(coding.codedAt)}
        </span>
        <span>Codebook version {coding.codebookVersion}</span>
        {coding.suggestionId && <span>An accepted suggestion</span>}
      </p>
      {own ? (
        // The memo as saved when the coding was opened; what is typed here is sent as it is, as text.
        <form className="stack" onSubmit={saveMemo} noValidate>
          <div className="field">
            <label htmlFor="coding-memo">Memo on this coding</label>
            <textarea id="coding-memo" rows={3} maxLength={4000} value={memo} onChange={(e) => setMemo(e.target.value)} />
          </div>
          <button type="submit" className="button-secondary" disabled={feedback.busy}>
            Save memo
          </button>
        </form>
      ) : (
        coding.memo && (
          <p className="prose memo" data-testid="coding-memo">
            {coding.memo}
          </p>
        )
      )}
      {own && open && (
        <div className="stack">
          <div className="field">
            <label htmlFor="coding-reason">Reason for a change (optional)</label>
            <input id="coding-reason" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button-secondary"
              disabled={feedback.busy || pending === null}
              // Keep the new selection: it is the span the coding moves to.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pending && void adjust(pending)}
              title={pending ? undefined : "Select the passage this coding should span first"}
            >
              Set span to selection
            </button>
            <button type="button" className="button-secondary" disabled={feedback.busy} onClick={() => void remove()}>
              Remove coding
            </button>
          </div>
        </div>
      )}
      <ChangeFeedbackView feedback={feedback} />
    </section>
  );
}
