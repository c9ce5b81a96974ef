import { useRef, useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { useStudyChange } from "../studies/useStudyChange";
import { importLabelSet } from "./api";
import { checkCsvText, checkImport } from "./importInput";
import { measurementLevels } from "./types";

/** Leads and coders import labels coded outside SibReview: a CSV of unit,coder,value. */
export function ImportForm({ studyId, refetch }: { studyId: string; refetch: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [level, setLevel] = useState("nominal");
  const [file, setFile] = useState<File | null>(null);
  const { feedback, refuse, run } = useStudyChange(refetch);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkImport({ name, level, file });
    if (!checked.ok) return refuse(checked.errors);
    if (file === null) return; // checkImport refuses a missing file; this narrows the type
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse([`The file ${file.name} could not be read. Choose it again.`]);
    }
    const csv = checkCsvText(file.name, text);
    if (!csv.ok) return refuse(csv.errors);
    const labelSet = { ...checked.value, csv: csv.value };
    const saved = await run(() => importLabelSet(studyId, labelSet), `Imported \u201c${labelSet.name}\u201d.`);
    if (saved) {
      formRef.current?.reset();
      setName("");
      setLevel("nominal");
      setFile(null);
    }
  }

  return (
    <form ref={formRef} className="panel stack import-form" aria-labelledby="import-form" onSubmit={submit} noValidate>
      <h2 id="import-form">Import a label set</h2>
      <p className="hint">
        For work coded outside SibReview. The CSV's first line is the header <code>unit,coder,value</code>; then one
        rating per line. An empty value is a missing rating.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="import-name">Label set name</label>
          <input id="import-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="import-level">Measurement level</label>
          <select id="import-level" value={level} onChange={(e) => setLevel(e.target.value)}>
            {measurementLevels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Import labels
      </button>
    </form>
  );
}
