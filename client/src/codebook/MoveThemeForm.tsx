import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { changeThemeParent } from "./api";
import { parentChoices } from "./hierarchy";
import type { Codebook, Theme } from "./types";
import { useCodebookChange } from "./useCodebookChange";

/** The lead moves a theme under another (never under itself or its own sub-themes) or to the top level. */
export function MoveThemeForm({ codebook, theme, refetch }: { codebook: Codebook; theme: Theme; refetch: () => void }) {
  const [parent, setParent] = useState(theme.parent === null ? "" : String(theme.parent));
  const [reason, setReason] = useState("");
  const { feedback, refuse, run } = useCodebookChange(refetch);
  const prefix = `move-${theme.number}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const to = parent === "" ? null : Number(parent);
    const errors = [
      ...(to === theme.parent ? ["That is where the theme already is; choose another place."] : []),
      ...(reason.trim() === "" ? ["Give a reason: the codebook's history records why it changed."] : []),
    ];
    if (errors.length > 0) return refuse(errors);
    const saved = await run(
      () => changeThemeParent(codebook.studyId, theme.number, { parent: to, reason: reason.trim(), expectedVersion: codebook.version }),
      (result) => `Theme ${theme.number} moved: the codebook is now at version ${result.version}.`,
    );
    if (saved) setReason("");
  }

  return (
    <form className="stack" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h4 id={`${prefix}-title`}>Move theme {theme.number}</h4>
      <div className="field">
        <label htmlFor={`${prefix}-parent`}>Under</label>
        <select id={`${prefix}-parent`} value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">No parent (a top-level theme)</option>
          {parentChoices(codebook.themes, theme.number).map((t) => (
            <option key={t.number} value={t.number}>
              {t.number}. {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Reason for the move</label>
        <textarea id={`${prefix}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Move theme {theme.number}
      </button>
    </form>
  );
}
