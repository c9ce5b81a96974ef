import { useRef, useState } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import type { Criteria } from "../studies/types";
import { useChange } from "../ui/useChange";
import { recordDecision } from "./api";
import { checkDecision, decisionInputFrom, maxNoteLength, type DecisionInput } from "./decisionInput";
import { decisionLabel, otherReason, verdictLabel, verdicts } from "./labels";
import { ReasonSelect } from "./ReasonSelect";
import type { ScreeningCaseView, ScreeningVerdict } from "./types";
import { useShortcuts } from "./useShortcuts";
import { RevisionReason } from "../ui/RevisionReason";

const conflictMessage =
  "Your decision on this case changed since the page loaded it (in another window?), so this one was not saved. " +
  "The page now shows your latest decision and keeps what you typed: check it and choose again.";

interface Props {
  view: ScreeningCaseView;
  criteria: Criteria | undefined;
  refetch: () => void;
}

/** Include, Exclude or Unsure for the case at hand (keys i, e, u); a revision once I have decided. */
export function DecisionForm({ view, criteria, refetch }: Props) {
  const [input, setInput] = useState<DecisionInput>(() => decisionInputFrom(view.myDecision));
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const set = (key: keyof DecisionInput) => (value: string) => setInput((current) => ({ ...current, [key]: value }));
  const revising = view.myDecision !== null;
  const prefix = `decision-${view.caseId}`;

  async function decide(verdict: ScreeningVerdict) {
    if (feedback.busy) return;
    const checked = checkDecision(verdict, input, view.myDecision);
    if (!checked.ok) {
      refuse(checked.errors);
      if (verdict === "exclude" && input.reason === "") reasonRef.current?.focus();
      return;
    }
    const saved = await run(
      () => recordDecision(view.studyId, view.caseId, checked.value),
      `${revising ? "Revised" : "Recorded"}: ${decisionLabel(checked.value, criteria)}.`,
    );
    if (saved) set("revisionReason")("");
  }

  useShortcuts({
    include: () => void decide("include"),
    exclude: () => void decide("exclude"),
    unsure: () => void decide("unsure"),
  });

  return (
    <form className="panel stack decision-form" aria-labelledby={`${prefix}-title`} onSubmit={(e) => e.preventDefault()}>
      <h4 id={`${prefix}-title`}>{revising ? "Revise your decision" : "Your decision"}</h4>
      <div className="field-row">
        <ReasonSelect
          id={`${prefix}-reason`}
          value={input.reason}
          onChange={set("reason")}
          criteria={criteria}
          selectRef={reasonRef}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-note`}>Note</label>
        <textarea
          id={`${prefix}-note`}
          rows={2}
          maxLength={maxNoteLength}
          value={input.note}
          aria-describedby={`${prefix}-note-hint`}
          onChange={(e) => set("note")(e.target.value)}
        />
        <p id={`${prefix}-note-hint`} className="hint">
          {input.reason === otherReason ? "Required for the reason Other: say what it is." : "Optional."}
        </p>
      </div>
      {revising && (
        <RevisionReason
          id={`${prefix}-revision`}
          value={input.revisionReason}
          onChange={set("revisionReason")}
          earlier="decision"
        />
      )}
      <ChangeFeedbackView feedback={feedback} />
      <div className="verdict-buttons">
        {verdicts.map((verdict) => (
          <button
            key={verdict}
            type="button"
            className={`verdict verdict-${verdict}`}
            aria-keyshortcuts={verdict[0]}
            aria-pressed={view.myDecision?.verdict === verdict}
            disabled={feedback.busy}
            onClick={() => void decide(verdict)}
          >
            {verdictLabel(verdict)}
          </button>
        ))}
      </div>
    </form>
  );
}
