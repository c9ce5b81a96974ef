import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { useChange } from "../ui/useChange";
import { addMetric, correctEvidence } from "./api";
import { FigureFields, NewMetricFields, type FigureInput, type NewMetricInput } from "./EvidenceFields";
import { checkCorrection, checkNewMetric, type CitationInput } from "./evidenceInput";
import type { OutcomeCaseView } from "./types";

type Mode = "correct" | "add";

const conflictMessage =
  "Someone changed this case's evidence first, so yours was not saved. The page now shows their entry and keeps what " +
  "you typed: check the figure and record it again if it still needs correcting.";

/** A coder corrects or gives a figure, or adds a metric INDIGO lacks, always naming the document and page. */
export function EvidenceForm({ view, refetch }: { view: OutcomeCaseView; refetch: () => void }) {
  const { evidence, documents } = view;
  const [mode, setMode] = useState<Mode>("correct");
  const [citation, setCitation] = useState<CitationInput>({ documentId: documents[0]?.id ?? "", page: "", reason: "" });
  const [figure, setFigure] = useState<FigureInput>({ item: "payments", figure: "actual-outcome-payments", value: "" });
  const [metric, setMetric] = useState<NewMetricInput>({ definition: "", target: "", achieved: "", maximumPayment: "" });
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const prefix = `evidence-${view.caseId}`;
  const cite = (key: keyof CitationInput) => (value: string) => setCitation((c) => ({ ...c, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.busy) return;
    const checked =
      mode === "correct"
        ? checkCorrection({ ...figure, ...citation }, evidence.version)
        : checkNewMetric({ ...metric, ...citation }, evidence.version);
    if (!checked.ok) return refuse(checked.errors);
    const body = checked.value;
    const saved = await run(
      () => ("figure" in body ? correctEvidence(view.studyId, view.caseId, body) : addMetric(view.studyId, view.caseId, body)),
      `Recorded from ${body.documentId}, p. ${body.page}.`,
    );
    if (!saved) return;
    setCitation((c) => ({ ...c, page: "", reason: "" }));
    if (mode === "correct") setFigure((f) => ({ ...f, value: "" }));
    else setMetric({ definition: "", target: "", achieved: "", maximumPayment: "" });
  }

  if (documents.length === 0)
    return (
      <p className="muted">
        Evidence names its document: this case's register has none yet.{" "}
        <Link to={`/cases/${encodeURIComponent(view.caseId)}/documents`}>Add the document to the register</Link> first.
      </p>
    );
  return (
    <form className="panel stack evidence-form" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h3 id={`${prefix}-title`}>Correct or add evidence</h3>
      <div className="field">
        <label htmlFor={`${prefix}-mode`}>What the document gives</label>
        <select id={`${prefix}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          <option value="correct">A figure INDIGO gives differently, or lacks</option>
          <option value="add">An outcome metric INDIGO does not list</option>
        </select>
      </div>
      {mode === "correct" ? (
        <FigureFields prefix={prefix} evidence={evidence} input={figure} onChange={setFigure} />
      ) : (
        <NewMetricFields prefix={prefix} input={metric} onChange={setMetric} />
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${prefix}-document`}>Document</label>
          <select id={`${prefix}-document`} value={citation.documentId} onChange={(e) => cite("documentId")(e.target.value)}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.id}: {d.title.slice(0, 80)}
              </option>
            ))}
          </select>
          <p className="hint">
            Not listed? <Link to={`/cases/${encodeURIComponent(view.caseId)}/documents`}>Add it to the register</Link>.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-page`}>Page</label>
          <input id={`${prefix}-page`} value={citation.page} onChange={(e) => cite("page")(e.target.value)} />
          <p className="hint">A page (12) or a range (12-14).</p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Why (what the document shows)</label>
        <textarea id={`${prefix}-reason`} rows={2} value={citation.reason} onChange={(e) => cite("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <div>
        <button type="submit" disabled={feedback.busy}>
          Record evidence
        </button>
      </div>
    </form>
  );
}
