import { useState, type FormEvent } from "react";
import { achievementLabel, basisLabel, bases, ruleLabel, rules } from "../outcomes/labels";
import { changeAchievementBasis } from "./api";
import { ChangeFeedbackView } from "./ChangeFeedbackView";
import type { Study } from "./types";
import { useStudyChange } from "./useStudyChange";
import { checkAchievementBasis, type AchievementBasisInput } from "./validation";

/** The lead sets what achievement is measured on: outcome payments, or the metrics combined by a rule. */
export function AchievementBasisForm({ study, refetch }: { study: Study; refetch: () => void }) {
  const [input, setInput] = useState<AchievementBasisInput>({
    basis: study.achievement.basis,
    rule: study.achievement.rule ?? "all",
    reason: "",
  });
  const { feedback, refuse, run } = useStudyChange(refetch);
  const set = (key: keyof AchievementBasisInput) => (value: string) => setInput((c) => ({ ...c, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAchievementBasis(input, study.achievement);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => changeAchievementBasis(study.id, { ...checked.value, expectedVersion: study.version }),
      `Achievement is now measured on ${achievementLabel(checked.value)}.`,
    );
    if (saved) set("reason")("");
  }

  return (
    <form className="panel stack" aria-labelledby="basis-form" onSubmit={submit} noValidate>
      <h3 id="basis-form">Change achievement basis</h3>
      <div className="field">
        <label htmlFor="new-basis">Basis</label>
        <select id="new-basis" value={input.basis} onChange={(e) => set("basis")(e.target.value)}>
          {bases.map((b) => (
            <option key={b} value={b}>
              {basisLabel(b)}
            </option>
          ))}
        </select>
        <p className="hint">Payments: actual over maximum outcome payments. Metrics: achieved over target, per metric.</p>
      </div>
      {input.basis === "metrics" && (
        <div className="field">
          <label htmlFor="new-rule">Combination rule</label>
          <select id="new-rule" value={input.rule} onChange={(e) => set("rule")(e.target.value)}>
            {rules.map((r) => (
              <option key={r} value={r}>
                {ruleLabel(r)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="basis-reason">Reason for basis change</label>
        <textarea id="basis-reason" rows={2} value={input.reason} onChange={(e) => set("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Save basis
      </button>
    </form>
  );
}
