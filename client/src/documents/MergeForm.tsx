import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { mergeDocuments } from "./api";
import { checkMerge } from "./registerInput";
import type { CaseDocuments } from "./types";
import { useRegisterChange } from "./useRegisterChange";

interface Props {
  register: CaseDocuments;
  selected: string[];
  onMerged: () => void;
  refetch: () => void;
}

/** The documents ticked in the list are one: the first keeps its id and takes all their source rows. */
export function MergeForm({ register, selected, onMerged, refetch }: Props) {
  const [title, setTitle] = useState("");
  const [reason, setReason] = useState("");
  const { feedback, refuse, run } = useRegisterChange(refetch);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkMerge({ documentIds: selected, title, reason }, register.version);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => mergeDocuments(register.caseId, checked.value),
      (result) => `Merged into ${result?.documentId ?? checked.value.documentIds[0]}.`,
    );
    if (!saved) return;
    setTitle("");
    setReason("");
    onMerged();
  }

  return (
    <form className="panel stack" aria-labelledby="merge-form" onSubmit={submit} noValidate>
      <h3 id="merge-form">Merge documents</h3>
      <p className="hint" data-testid="merge-selection">
        {selected.length === 0
          ? "Tick two or more documents in the list above."
          : `Selected: ${selected.join(", ")}. ${selected[0]} keeps its id.`}
      </p>
      <div className="field">
        <label htmlFor="merge-title">Merged title (optional)</label>
        <input id="merge-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="merge-reason">Reason for merging</label>
        <textarea id="merge-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Merge documents
      </button>
    </form>
  );
}
