import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { useChange } from "../../ui/useChange";
import { writeDocumentMemo, type DocumentRef } from "./api";

interface Props {
  document: DocumentRef;
  textVersion: number;
  memo: string | null;
  version: number;
  refetch: () => void;
}

/** The coder's memo on the text version as a whole: plain text, saved with who and when. */
export function DocumentMemoForm({ document, textVersion, memo, version, refetch }: Props) {
  // The memo as saved when the page opened; what is typed here is sent as it is, as text.
  const [text, setText] = useState(memo ?? "");
  const { feedback, run } = useChange(
    refetch,
    "Another window of yours changed this document's coding first; it is shown as it is now.",
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(
      () => writeDocumentMemo(document, { textVersion, memo: text, expectedVersion: version }),
      text.trim() ? "Document memo saved." : "Document memo cleared.",
    );
  }

  return (
    <form className="panel stack" aria-labelledby="document-memo-title" onSubmit={save} noValidate>
      <h2 id="document-memo-title">Your memo on this document</h2>
      <div className="field">
        <label htmlFor="document-memo">Memo (plain text, up to 4,000 characters)</label>
        <textarea id="document-memo" rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" className="button-secondary" disabled={feedback.busy}>
        Save document memo
      </button>
    </form>
  );
}
