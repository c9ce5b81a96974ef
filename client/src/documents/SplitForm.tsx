import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { splitDocument } from "./api";
import { checkSplit } from "./registerInput";
import { TypeSelect } from "./TypeSelect";
import type { CaseDocuments } from "./types";
import { useRegisterChange } from "./useRegisterChange";

const empty = { documentId: "", sourceIds: [] as string[], title: "", type: "", reason: "" };

/** Some of a document's INDIGO source rows cite another work: they become a new document. */
export function SplitForm({ register, refetch }: { register: CaseDocuments; refetch: () => void }) {
  const [input, setInput] = useState(empty);
  const { feedback, refuse, run } = useRegisterChange(refetch);
  const document = register.documents.find((d) => d.id === input.documentId);
  const splittable = register.documents.filter((d) => d.sources.length > 1);
  const set = (key: "documentId" | "title" | "type" | "reason") => (value: string) =>
    setInput((current) => ({ ...current, [key]: value, ...(key === "documentId" ? { sourceIds: [] } : {}) }));
  const toggle = (id: string, on: boolean) =>
    setInput((current) => ({
      ...current,
      sourceIds: on ? [...current.sourceIds, id] : current.sourceIds.filter((s) => s !== id),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sourceIds = input.sourceIds.filter((id) => document?.sources.some((s) => s.id === id));
    const checked = checkSplit({ ...input, sourceIds, sourceCount: document?.sources.length ?? 0 }, register.version);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => splitDocument(register.caseId, input.documentId, checked.value),
      (result) => `Split off as ${result?.documentId ?? "a new document"}.`,
    );
    if (saved) setInput(empty);
  }

  return (
    <form className="panel stack" aria-labelledby="split-form" onSubmit={submit} noValidate>
      <h3 id="split-form">Split a document</h3>
      <div className="field">
        <label htmlFor="split-document">Document to split</label>
        <select id="split-document" value={input.documentId} onChange={(e) => set("documentId")(e.target.value)}>
          <option value="">Choose a document with several source rows</option>
          {splittable.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id}: {d.title.slice(0, 80)} ({d.sources.length} rows)
            </option>
          ))}
        </select>
      </div>
      {document && (
        <fieldset className="checkbox-list">
          <legend>Source rows to split off</legend>
          {document.sources.map((s) => (
            <label key={s.id} className="checkbox">
              <input
                type="checkbox"
                checked={input.sourceIds.includes(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />{" "}
              <span className="mono">{s.id}</span> {s.name.slice(0, 160)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="split-title">New document title</label>
        <input id="split-title" value={input.title} onChange={(e) => set("title")(e.target.value)} />
      </div>
      <TypeSelect id="split-type" label="New document type" value={input.type} onChange={set("type")} />
      <div className="field">
        <label htmlFor="split-reason">Reason for splitting</label>
        <textarea id="split-reason" rows={2} value={input.reason} onChange={(e) => set("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Split document
      </button>
    </form>
  );
}
