import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { retypeDocument } from "./api";
import { documentTypeLabel } from "./documentTypes";
import { checkRetype } from "./registerInput";
import { TypeSelect } from "./TypeSelect";
import type { CaseDocuments } from "./types";
import { useRegisterChange } from "./useRegisterChange";

/** A document's type changes, with a reason (it decides whether the document counts for screening). */
export function RetypeForm({ register, refetch }: { register: CaseDocuments; refetch: () => void }) {
  const [input, setInput] = useState({ documentId: "", type: "", reason: "" });
  const { feedback, refuse, run } = useRegisterChange(refetch);
  const set = (key: keyof typeof input) => (value: string) => setInput((current) => ({ ...current, [key]: value }));
  const document = register.documents.find((d) => d.id === input.documentId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkRetype({ ...input, currentType: document?.type ?? null }, register.version);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => retypeDocument(register.caseId, input.documentId, checked.value),
      `${input.documentId} is now ${documentTypeLabel(checked.value.type).toLowerCase()}.`,
    );
    if (saved) setInput({ documentId: "", type: "", reason: "" });
  }

  return (
    <form className="panel stack" aria-labelledby="retype-form" onSubmit={submit} noValidate>
      <h3 id="retype-form">Retype a document</h3>
      <div className="field">
        <label htmlFor="retype-document">Document to retype</label>
        <select id="retype-document" value={input.documentId} onChange={(e) => set("documentId")(e.target.value)}>
          <option value="">Choose a document</option>
          {register.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id}: {d.title.slice(0, 80)} ({documentTypeLabel(d.type)})
            </option>
          ))}
        </select>
      </div>
      <TypeSelect id="retype-type" label="New type" value={input.type} onChange={set("type")} />
      <div className="field">
        <label htmlFor="retype-reason">Reason for retyping</label>
        <textarea id="retype-reason" rows={2} value={input.reason} onChange={(e) => set("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Change type
      </button>
    </form>
  );
}
