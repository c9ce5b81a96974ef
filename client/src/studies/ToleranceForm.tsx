import { useState, type FormEvent } from "react";
import { formatPercent } from "../ui/format";
import { changeTolerance } from "./api";
import { ChangeFeedbackView } from "./ChangeFeedbackView";
import type { Study } from "./types";
import { useStudyChange } from "./useStudyChange";
import { checkTolerance } from "./validation";

export function ToleranceForm({ study, refetch }: { study: Study; refetch: () => void }) {
  const [tolerance, setTolerance] = useState(String(study.tolerance));
  const [reason, setReason] = useState("");
  const { feedback, refuse, run } = useStudyChange(refetch);
  const preview = Number(tolerance);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTolerance({ tolerance, reason });
    if (!checked.ok) return refuse(checked.errors);
    const change = { ...checked.value, expectedVersion: study.version };
    const saved = await run(
      () => changeTolerance(study.id, change),
      `Tolerance changed to ${formatPercent(change.tolerance)} (${change.tolerance}).`,
    );
    if (saved) setReason("");
  }

  return (
    <form className="panel stack" aria-labelledby="tolerance-form" onSubmit={submit} noValidate>
      <h3 id="tolerance-form">Change tolerance</h3>
      <div className="field">
        <label htmlFor="new-tolerance">New tolerance</label>
        <input
          id="new-tolerance"
          type="number"
          inputMode="decimal"
          min={0}
          max={1}
          step={0.01}
          value={tolerance}
          aria-describedby="new-tolerance-hint"
          onChange={(e) => setTolerance(e.target.value)}
        />
        <p id="new-tolerance-hint" className="hint">
          A fraction between 0 and 1: {Number.isFinite(preview) && tolerance !== "" ? formatPercent(preview) : "—"}
        </p>
      </div>
      <div className="field">
        <label htmlFor="tolerance-reason">Reason for tolerance change</label>
        <textarea id="tolerance-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Save tolerance
      </button>
    </form>
  );
}
