import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import type { Criteria } from "../studies/types";
import { useChange } from "../ui/useChange";
import { recordConsensus } from "./api";
import { checkConsensus, maxNoteLength } from "./decisionInput";
import { decisionLabel, otherReason, verdictLabel } from "./labels";
import { ReasonSelect } from "./ReasonSelect";
import type { ScreeningConflict } from "./types";

const conflictMessage =
  "Someone recorded a consensus on this case first, so yours was not saved. The list now shows theirs and keeps " +
  "what you typed: check it and record again if you still disagree.";

interface Props {
  studyId: string;
  conflict: ScreeningConflict;
  criteria: Criteria | undefined;
  idPrefix: string;
  refetch: () => void;
}

/** The lead settles a conflict: include or exclude, with a reason (and a note for other). */
export function ConsensusForm({ studyId, conflict, criteria, idPrefix, refetch }: Props) {
  const [input, setInput] = useState({ verdict: "", reason: "", note: "" });
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const set = (key: keyof typeof input) => (value: string) => setInput((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkConsensus(input, conflict.consensus?.version ?? 0);
    if (!checked.ok) return refuse(checked.errors);
    await run(
      () => recordConsensus(studyId, conflict.caseId, checked.value),
      `Consensus recorded: ${decisionLabel(checked.value, criteria)}.`,
    );
  }

  return (
    <form className="consensus-form" aria-label={`Consensus on ${conflict.name}`} onSubmit={submit} noValidate>
      <fieldset className="radio-row">
        <legend>Consensus verdict</legend>
        {(["include", "exclude"] as const).map((verdict) => (
          <label key={verdict} className="checkbox">
            <input
              type="radio"
              name={`${idPrefix}-verdict`}
              value={verdict}
              checked={input.verdict === verdict}
              onChange={() => set("verdict")(verdict)}
            />{" "}
            {verdictLabel(verdict)}
          </label>
        ))}
      </fieldset>
      <ReasonSelect id={`${idPrefix}-reason`} value={input.reason} onChange={set("reason")} criteria={criteria} />
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>Note</label>
        <textarea
          id={`${idPrefix}-note`}
          rows={2}
          maxLength={maxNoteLength}
          value={input.note}
          onChange={(e) => set("note")(e.target.value)}
        />
        {input.reason === otherReason && <p className="hint">Required for the reason Other: say what it is.</p>}
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Record consensus
      </button>
    </form>
  );
}
