import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { RevisionReason } from "../../ui/RevisionReason";
import { useChange } from "../../ui/useChange";
import { judgeTheme } from "./api";
import { checkJudgement, judgementInputFrom, maxStrength, maxTextLength, type JudgementInput, type Verdict } from "./judgementInput";
import type { MyCoding, ThemeJudgement } from "./types";

const conflictMessage =
  "Your judgements of this case changed since the page loaded them (in another window?), so this one was not saved. " +
  "The page now shows your latest judgements and keeps what you typed: check it and record again.";

interface Props {
  studyId: string;
  caseId: string;
  theme: number;
  mine: ThemeJudgement | null;
  expectedVersion: number;
  codings: MyCoding[];
  refetch: () => void;
}

/** My judgement of one theme on the case: present or absent, strength, note, the codings that support it. */
export function JudgementForm({ studyId, caseId, theme, mine, expectedVersion, codings, refetch }: Props) {
  const [input, setInput] = useState<JudgementInput>(() => judgementInputFrom(mine));
  const { feedback, refuse, run } = useChange(refetch, conflictMessage);
  const set = <K extends keyof JudgementInput>(key: K) => (value: JudgementInput[K]) => setInput((c) => ({ ...c, [key]: value }));
  const prefix = `judge-${theme}`;
  const revising = mine !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.busy) return;
    const checked = checkJudgement(input, theme, mine, expectedVersion);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => judgeTheme(studyId, caseId, checked.value),
      `${revising ? "Revised" : "Recorded"} your judgement of theme ${theme}.`,
    );
    if (saved) set("revisionReason")("");
  }

  const toggle = (codingId: string, on: boolean) =>
    set("codingIds")(on ? [...input.codingIds, codingId] : input.codingIds.filter((id) => id !== codingId));

  return (
    <form className="stack judgement-form" aria-label={`Your judgement of theme ${theme}`} onSubmit={submit} noValidate>
      <div className="field-row">
        <fieldset className="verdict-choice">
          <legend>Does the case show theme {theme}?</legend>
          {(["present", "absent"] as Verdict[]).map((verdict) => (
            <label key={verdict} className="radio">
              <input
                type="radio"
                name={`${prefix}-verdict`}
                value={verdict}
                checked={input.verdict === verdict}
                onChange={() => set("verdict")(verdict)}
              />{" "}
              {verdict === "present" ? "Present" : "Absent"}
            </label>
          ))}
        </fieldset>
        {input.verdict === "present" && (
          <div className="field">
            <label htmlFor={`${prefix}-strength`}>Strength</label>
            <select id={`${prefix}-strength`} value={input.strength} onChange={(e) => set("strength")(e.target.value)}>
              <option value="">Not rated</option>
              {Array.from({ length: maxStrength + 1 }, (_, s) => (
                <option key={s} value={String(s)}>
                  {s} {s === 0 ? "(barely)" : s === maxStrength ? "(throughout)" : ""}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-note`}>Note</label>
        <textarea
          id={`${prefix}-note`}
          rows={1}
          maxLength={maxTextLength}
          value={input.note}
          onChange={(e) => set("note")(e.target.value)}
        />
      </div>
      {codings.length === 0 ? (
        <p className="hint">None of your codings on this case's documents is coded to this theme yet, so there is none to cite.</p>
      ) : (
        <fieldset className="coding-choice">
          <legend>Supporting codings</legend>
          {codings.map((c) => (
            <label key={c.codingId} className="checkbox">
              <input
                type="checkbox"
                checked={input.codingIds.includes(c.codingId)}
                onChange={(e) => toggle(c.codingId, e.target.checked)}
              />{" "}
              <q>{c.quote}</q> <span className="hint">({c.documentId}, text v{c.textVersion})</span>
            </label>
          ))}
        </fieldset>
      )}
      {revising && (
        <RevisionReason id={`${prefix}-revision`} value={input.revisionReason} onChange={set("revisionReason")} earlier="judgement" />
      )}
      <ChangeFeedbackView feedback={feedback} />
      <div>
        <button type="submit" disabled={feedback.busy}>
          {revising ? "Revise judgement" : "Record judgement"}
        </button>
      </div>
    </form>
  );
}
