import { useState } from "react";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { formatDateTime, plural } from "../../ui/format";
import { useChange } from "../../ui/useChange";
import { submitDocumentCoding, type DocumentRef } from "./api";

interface Props {
  document: DocumentRef;
  textVersion: number;
  codings: number;
  submittedAt: string | null;
  version: number;
  refetch: () => void;
}

/** Submitting closes the coder's codings of the text version and opens the others' submitted ones; it asks first. */
export function SubmitCoding({ document, textVersion, codings, submittedAt, version, refetch }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { feedback, run } = useChange(
    refetch,
    "Another window of yours changed this document's coding first; look at it again before submitting.",
  );

  if (submittedAt !== null)
    return (
      <p className="panel" data-testid="submitted">
        You submitted your coding of this text version on {formatDateTime(submittedAt)}. Your memos stay editable.
      </p>
    );
  const submit = async () => {
    setConfirming(false);
    await run(() => submitDocumentCoding(document, { textVersion, expectedVersion: version }), "Submitted.");
  };
  return (
    <section className="panel stack" aria-labelledby="submit-title">
      <h2 id="submit-title">Submit</h2>
      <p className="hint">
        Until you submit, nobody else sees your codings and you see no one else's. Submitting makes your{" "}
        {plural(codings, "coding")} final for this text version and shows you the other coders' submitted codings and the
        agreement.
      </p>
      {confirming ? (
        <div role="group" aria-label="Confirm submission" className="button-row">
          <span>
            Submit {plural(codings, "coding")} of {document.documentId}, text version {textVersion}? It cannot be undone.
          </span>
          <button type="button" onClick={() => void submit()} disabled={feedback.busy}>
            Yes, submit
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} disabled={feedback.busy}>
          Submit my coding
        </button>
      )}
      <ChangeFeedbackView feedback={feedback} />
    </section>
  );
}
