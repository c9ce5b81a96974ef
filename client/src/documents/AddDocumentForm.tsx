import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { addDocument } from "./api";
import { checkAdd, emptyAddInput, maxNotes, maxTitle, type AddInput } from "./registerInput";
import { TypeSelect } from "./TypeSelect";
import type { CaseDocuments } from "./types";
import { useRegisterChange } from "./useRegisterChange";

/** A document about the case that INDIGO does not cite. */
export function AddDocumentForm({ register, refetch }: { register: CaseDocuments; refetch: () => void }) {
  const [input, setInput] = useState<AddInput>(emptyAddInput);
  const { feedback, refuse, run } = useRegisterChange(refetch);
  const set = (key: keyof AddInput) => (value: string) => setInput((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAdd(input, register.version);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => addDocument(register.caseId, checked.value),
      (result) => `Added as ${result?.documentId ?? "a new document"}.`,
    );
    if (saved) setInput(emptyAddInput);
  }

  const text = (key: "title" | "publisher" | "url", label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`add-${key}`}>{label}</label>
      <input
        id={`add-${key}`}
        type={type}
        maxLength={key === "title" ? maxTitle : undefined}
        value={input[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </div>
  );

  return (
    <form className="panel stack" aria-labelledby="add-form" onSubmit={submit} noValidate>
      <h3 id="add-form">Add a document</h3>
      {text("title", "Title")}
      <div className="field-row">
        <TypeSelect id="add-type" label="Type" value={input.type} onChange={set("type")} />
        <div className="field">
          <label htmlFor="add-year">Year</label>
          <input id="add-year" inputMode="numeric" value={input.year} onChange={(e) => set("year")(e.target.value)} />
        </div>
      </div>
      {text("publisher", "Publisher")}
      {text("url", "URL", "url")}
      <div className="field">
        <label htmlFor="add-notes">Notes</label>
        <textarea
          id="add-notes"
          rows={2}
          maxLength={maxNotes}
          value={input.notes}
          onChange={(e) => set("notes")(e.target.value)}
        />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Add document
      </button>
    </form>
  );
}
