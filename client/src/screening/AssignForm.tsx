import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import type { Member } from "../studies/types";
import { useChange } from "../ui/useChange";
import { assignCases } from "./api";
import { assignedMessage, checkAssignment } from "./assignInput";

interface Props {
  studyId: string;
  members: Member[];
  refetch: () => void;
}

/** The lead spreads all the study's candidates over the chosen coders, balanced, each case to "Coders per case" of them. */
export function AssignForm({ studyId, members, refetch }: Props) {
  const coders = members.filter((m) => m.role === "coder");
  const [chosen, setChosen] = useState<string[]>(() => coders.map((c) => c.userName));
  const [perCase, setPerCase] = useState("2");
  const { feedback, refuse, run } = useChange(refetch, "Someone changed the screening plan at the same time; try again.");

  const toggle = (userName: string, on: boolean) =>
    setChosen((current) => (on ? [...current, userName] : current.filter((c) => c !== userName)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAssignment({ coders: chosen, perCase });
    if (!checked.ok) return refuse(checked.errors);
    await run(
      () => assignCases(studyId, checked.value),
      (result) => assignedMessage(result?.assignments?.length ?? 0),
    );
  }

  return (
    <form className="panel stack" aria-labelledby="assign-form" onSubmit={submit} noValidate>
      <h3 id="assign-form">Assign candidates to coders</h3>
      <p className="hint">
        Every candidate of the study is given coders until it has the number per case; the coders with the fewest cases
        come first. Cases that already have enough coders keep them.
      </p>
      {coders.length === 0 ? (
        <p className="muted">The study has no coders yet: add members with the role coder on the study page.</p>
      ) : (
        <fieldset className="checkbox-list">
          <legend>Coders</legend>
          {coders.map((coder) => (
            <label key={coder.userName} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(coder.userName)}
                onChange={(e) => toggle(coder.userName, e.target.checked)}
              />{" "}
              {coder.displayName} <span className="mono muted">({coder.userName})</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="field narrow">
        <label htmlFor="assign-per-case">Coders per case</label>
        <input
          id="assign-per-case"
          type="number"
          inputMode="numeric"
          min={2}
          step={1}
          value={perCase}
          onChange={(e) => setPerCase(e.target.value)}
        />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Assign candidates
      </button>
    </form>
  );
}
