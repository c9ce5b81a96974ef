import { useRef, useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { maxNotes } from "./registerInput";
import { acceptedTextFiles, checkTextFile, formatBytes } from "./textFile";
import type { DocumentView } from "./types";
import { uploadText } from "./uploadText";
import { useRegisterChange } from "./useRegisterChange";

interface Props {
  caseId: string;
  document: DocumentView;
  refetch: () => void;
}

/** Uploads the document's file; its text becomes the document's next text version. */
export function AddTextForm({ caseId, document: d, refetch }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [sent, setSent] = useState<number | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const { feedback, refuse, run } = useRegisterChange(refetch);
  const id = `text-${d.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors = checkTextFile(file);
    if (errors.length > 0 || file === null) return refuse(errors);
    setSent(0);
    const saved = await run(
      () => uploadText(caseId, d.id, file, note, setSent),
      (result) => `Added as text version ${result.textVersion ?? "?"} of ${d.id}.`,
    );
    setSent(null);
    if (!saved) return;
    setFile(null);
    setNote("");
    if (picker.current) picker.current.value = "";
  }

  return (
    <details className="add-text">
      <summary>Add text{d.texts.length > 0 ? " (a new version)" : ""}</summary>
      <form className="stack" aria-label={`Add text to ${d.id}`} onSubmit={submit} noValidate>
        <p className="hint">
          Plain text, Markdown, HTML or PDF, up to 50 MB. The text is stored as version {d.texts.length + 1} and never
          changes, so codings made on it stay where they are.
        </p>
        <div className="field">
          <label htmlFor={`${id}-file`}>File</label>
          <input
            ref={picker}
            id={`${id}-file`}
            type="file"
            accept={acceptedTextFiles}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {file && <p className="hint">{`${file.name}, ${formatBytes(file.size)}`}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <input id={`${id}-note`} maxLength={maxNotes} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {sent !== null && (
          <p className="progress">
            <progress max={1} value={sent} aria-label="Upload progress" />
            <span>{sent < 1 ? `${Math.round(sent * 100)}% sent` : "Reading the text…"}</span>
          </p>
        )}
        <ChangeFeedbackView feedback={feedback} />
        <button type="submit" disabled={feedback.busy}>
          Upload text
        </button>
      </form>
    </details>
  );
}
