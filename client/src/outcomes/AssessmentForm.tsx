import { useEffect, useRef, useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { formatPercent } from "../ui/format";
import { useChange } from "../ui/useChange";
import { recordAssessment } from "./api";
import {
  assessmentInputFrom,
  checkAssessment,
  followSuggestion,
  isOverride,
  maxNoteLength,
  parseRatio,
  type AssessmentInput,
} from "./assessmentInput";
import { achievementLabel, suggestionFor } from "./labels";
import type { OutcomeCaseView } from "./types";
import { RevisionReason } from "../ui/RevisionReason";

const conflictMessage =
  "Your assessment of this case changed since the page loaded it (in another window?), so this one was not saved. " +
  "The page now shows your latest assessment and keeps what you typed: check it and record again.";

/** My assessment of the case on the study's basis: the ratio (the suggestion unless overridden) or insufficient data. */
export function AssessmentForm({ view, refetch }: { view: OutcomeCaseView; refetch: () => void }) {
  const context = { achievement: view.achievement, suggested: view.evidence.suggested, evidenceVersion: view.evidence.version };
  const suggestion = suggestionFor(context.suggested, context.achievement);
  const mine = view.myAssessment?.assessment ?? null;
  const [input, setInput] = useState<AssessmentInput>(() => assessmentInputFrom(mine, suggestion));
  const shown = useRef(suggestion);
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const set = <K extends keyof AssessmentInput>(key: K) => (value: AssessmentInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));
  const revising = mine !== null;
  const prefix = `assess-${view.caseId}`;
  useEffect(() => {
    // A first assessment follows a suggestion that moved live; a revision keeps showing my own ratio.
    if (!revising) setInput((current) => followSuggestion(current, shown.current, suggestion));
    shown.current = suggestion;
  }, [revising, suggestion]);
  const typed = parseRatio(input.ratio);
  const overriding = !input.insufficientData && isOverride(typed, suggestion);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.busy) return;
    const checked = checkAssessment(input, context, mine);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => recordAssessment(view.studyId, view.caseId, checked.value),
      `${revising ? "Revised" : "Recorded"} your assessment of ${view.name}.`,
    );
    if (saved) set("revisionReason")("");
  }

  return (
    <form className="panel stack assessment-form" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h3 id={`${prefix}-title`}>{revising ? "Revise your assessment" : "Your assessment"}</h3>
      <p className="hint" data-testid="assessment-basis">
        On the study's basis: {achievementLabel(view.achievement)}.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={input.insufficientData}
          onChange={(e) => set("insufficientData")(e.target.checked)}
        />{" "}
        Insufficient outcome data
      </label>
      {input.insufficientData ? (
        <div className="field">
          <label htmlFor={`${prefix}-reason`}>Reason</label>
          <textarea id={`${prefix}-reason`} rows={2} value={input.reason} onChange={(e) => set("reason")(e.target.value)} />
          <p className="hint">Required: say what evidence is missing.</p>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${prefix}-ratio`}>Ratio</label>
            <input
              id={`${prefix}-ratio`}
              inputMode="decimal"
              value={input.ratio}
              aria-describedby={`${prefix}-ratio-hint`}
              onChange={(e) => set("ratio")(e.target.value)}
            />
            <p id={`${prefix}-ratio-hint`} className="hint">
              1 = all stated outcomes delivered. Suggested: {suggestion === null ? "none" : `${suggestion} (${formatPercent(suggestion)})`}
              {typed !== null && ` · you typed ${formatPercent(typed)}`}
            </p>
          </div>
          {overriding && (
            <div className="field">
              <label htmlFor={`${prefix}-override`}>Override reason</label>
              <textarea
                id={`${prefix}-override`}
                rows={2}
                value={input.overrideReason}
                onChange={(e) => set("overrideReason")(e.target.value)}
              />
              <p className="hint">Required: your ratio differs from the suggested one.</p>
            </div>
          )}
        </>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-note`}>Note</label>
        <textarea
          id={`${prefix}-note`}
          rows={2}
          maxLength={maxNoteLength}
          value={input.note}
          onChange={(e) => set("note")(e.target.value)}
        />
        <p className="hint">Optional.</p>
      </div>
      {revising && (
        <RevisionReason
          id={`${prefix}-revision`}
          value={input.revisionReason}
          onChange={set("revisionReason")}
          earlier="assessment"
        />
      )}
      <ChangeFeedbackView feedback={feedback} />
      <div>
        <button type="submit" disabled={feedback.busy}>
          Record assessment
        </button>
      </div>
    </form>
  );
}
