import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { retireTheme } from "./api";
import type { Codebook, Theme } from "./types";
import { useCodebookChange } from "./useCodebookChange";

/** The lead retires a theme: it stays in the codebook for the codings made with it, and takes no new ones. */
export function RetireThemeForm({ codebook, theme, refetch }: { codebook: Codebook; theme: Theme; refetch: () => void }) {
  const [reason, setReason] = useState("");
  const { feedback, refuse, run } = useCodebookChange(refetch);
  const prefix = `retire-${theme.number}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === "") return refuse(["Give a reason: the codebook's history records why it changed."]);
    await run(
      () => retireTheme(codebook.studyId, theme.number, { reason: reason.trim(), expectedVersion: codebook.version }),
      (result) => `Theme ${theme.number} retired: the codebook is now at version ${result.version}.`,
    );
  }

  return (
    <form className="stack" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h4 id={`${prefix}-title`}>Retire theme {theme.number}</h4>
      <p className="hint">
        A retired theme stays in the codebook, so codings made with it keep their meaning; coders can no longer code to it.
        Its number is never given to another theme.
      </p>
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Reason for retiring it</label>
        <textarea id={`${prefix}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" className="button-secondary" disabled={feedback.busy}>
        Retire theme {theme.number}
      </button>
    </form>
  );
}
