import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { useChange } from "../../ui/useChange";
import { recordJudgementConsensus } from "./api";
import { checkConsensus, type ConsensusInput, type Verdict } from "./judgementInput";
import type { ThemeConsensus } from "./types";

const conflictMessage =
  "Someone recorded a consensus on this case first, so yours was not saved. The page now shows theirs and keeps what " +
  "you typed: check it and record again if you still disagree.";

interface Props {
  studyId: string;
  caseId: string;
  theme: number;
  current: ThemeConsensus | null;
  expectedVersion: number;
  refetch: () => void;
}

/** The lead settles a theme the submitted coders disagree on: present or absent, with a reason. */
export function JudgementConsensusForm({ studyId, caseId, theme, current, expectedVersion, refetch }: Props) {
  const [input, setInput] = useState<ConsensusInput>(() => ({
    verdict: current === null ? "" : current.present ? "present" : "absent",
    reason: "",
  }));
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const prefix = `consensus-${theme}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.busy) return;
    const checked = checkConsensus(input, theme, expectedVersion);
    if (!checked.ok) return refuse(checked.errors);
    await run(() => recordJudgementConsensus(studyId, caseId, checked.value), `Consensus recorded on theme ${theme}.`);
  }

  return (
    <form className="stack judgement-consensus-form" aria-label={`Consensus on theme ${theme}`} onSubmit={submit} noValidate>
      <fieldset className="verdict-choice">
        <legend>{current ? "Revise the consensus" : "Consensus"}</legend>
        {(["present", "absent"] as Verdict[]).map((verdict) => (
          <label key={verdict} className="radio">
            <input
              type="radio"
              name={`${prefix}-verdict`}
              value={verdict}
              checked={input.verdict === verdict}
              onChange={() => setInput((c) => ({ ...c, verdict }))}
            />{" "}
            {verdict === "present" ? "Present" : "Absent"}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Consensus reason</label>
        <textarea
          id={`${prefix}-reason`}
          rows={2}
          value={input.reason}
          onChange={(e) => setInput((c) => ({ ...c, reason: e.target.value }))}
        />
        <p className="hint">Required: it is what the reviewers will read.</p>
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <div>
        <button type="submit" disabled={feedback.busy}>
          Record consensus
        </button>
      </div>
    </form>
  );
}
