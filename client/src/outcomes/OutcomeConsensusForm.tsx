import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { useChange } from "../ui/useChange";
import { recordOutcomeConsensus } from "./api";
import { checkConsensus, ratioText, type ConsensusInput } from "./assessmentInput";
import { basisLabel, bases } from "./labels";
import type { Basis, OutcomeCaseView } from "./types";

const conflictMessage =
  "Someone recorded a consensus on this case first, so yours was not saved. The page now shows theirs and keeps " +
  "what you typed: check it and record again if you still disagree.";

/** The lead settles a conflict between the coders: a ratio (or insufficient data), with a reason. */
export function OutcomeConsensusForm({ view, refetch }: { view: OutcomeCaseView; refetch: () => void }) {
  const current = view.consensus;
  const [input, setInput] = useState<ConsensusInput>(() => ({
    basis: (current?.basis ?? view.achievement.basis) === "metrics" ? "metrics" : "payments",
    ratio: ratioText(current?.ratio),
    insufficientData: current?.insufficientData ?? false,
    reason: "",
  }));
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const set = <K extends keyof ConsensusInput>(key: K) => (value: ConsensusInput[K]) =>
    setInput((c) => ({ ...c, [key]: value }));
  const prefix = `consensus-${view.caseId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.busy) return;
    const checked = checkConsensus(input, current?.version ?? 0);
    if (!checked.ok) return refuse(checked.errors);
    await run(() => recordOutcomeConsensus(view.studyId, view.caseId, checked.value), `Consensus recorded on ${view.name}.`);
  }

  return (
    <form className="panel stack consensus-form" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h3 id={`${prefix}-title`}>{current ? "Revise the consensus" : "Consensus"}</h3>
      <div className="field">
        <label htmlFor={`${prefix}-basis`}>Consensus basis</label>
        <select id={`${prefix}-basis`} value={input.basis} onChange={(e) => set("basis")(e.target.value as Basis)}>
          {bases.map((b) => (
            <option key={b} value={b}>
              {basisLabel(b)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={input.insufficientData} onChange={(e) => set("insufficientData")(e.target.checked)} />{" "}
        Consensus: insufficient outcome data
      </label>
      {!input.insufficientData && (
        <div className="field">
          <label htmlFor={`${prefix}-ratio`}>Consensus ratio</label>
          <input id={`${prefix}-ratio`} inputMode="decimal" value={input.ratio} onChange={(e) => set("ratio")(e.target.value)} />
          <p className="hint">1 = all stated outcomes delivered, 0.87 = 87%.</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Consensus reason</label>
        <textarea id={`${prefix}-reason`} rows={2} value={input.reason} onChange={(e) => set("reason")(e.target.value)} />
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
