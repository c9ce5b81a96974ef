import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { reviseTheme } from "./api";
import { ThemeFields } from "./ThemeFields";
import { checkTheme, draftOf, type ThemeDraft } from "./themeInput";
import type { Codebook, Theme } from "./types";
import { useCodebookChange } from "./useCodebookChange";

/** The lead rewrites a theme's fields, with a reason; the earlier wording stays in the codebook's earlier versions. */
export function ReviseThemeForm({ codebook, theme, refetch }: { codebook: Codebook; theme: Theme; refetch: () => void }) {
  const [draft, setDraft] = useState<ThemeDraft>(() => draftOf(theme));
  const { feedback, refuse, run } = useCodebookChange(refetch);
  const set = (key: keyof ThemeDraft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const prefix = `revise-${theme.number}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTheme(draft, codebook.themes, theme.number);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => reviseTheme(codebook.studyId, theme.number, { ...checked.value, expectedVersion: codebook.version }),
      (result) => `Theme ${theme.number} revised: the codebook is now at version ${result.version}.`,
    );
    if (saved) set("reason")("");
  }

  return (
    <form className="stack" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h4 id={`${prefix}-title`}>Revise theme {theme.number}</h4>
      <ThemeFields idPrefix={prefix} blankColour="the theme keeps its colour" draft={draft} set={set} />
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Reason for the revision</label>
        <textarea id={`${prefix}-reason`} rows={2} value={draft.reason} onChange={(e) => set("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Save theme {theme.number}
      </button>
    </form>
  );
}
