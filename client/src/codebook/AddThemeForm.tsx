import { useState, type FormEvent } from "react";
import { ChangeFeedbackView } from "../studies/ChangeFeedbackView";
import { addTheme } from "./api";
import { ThemeFields } from "./ThemeFields";
import { checkTheme, emptyDraft, type ThemeDraft } from "./themeInput";
import type { Codebook } from "./types";
import { useCodebookChange } from "./useCodebookChange";

/** The lead adds a theme, at the top level or under another, with a reason. */
export function AddThemeForm({ codebook, refetch }: { codebook: Codebook; refetch: () => void }) {
  const [draft, setDraft] = useState<ThemeDraft>(emptyDraft);
  const [parent, setParent] = useState("");
  const { feedback, refuse, run } = useCodebookChange(refetch);
  const set = (key: keyof ThemeDraft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTheme(draft, codebook.themes, null);
    if (!checked.ok) return refuse(checked.errors);
    const body = { ...checked.value, parent: parent === "" ? null : Number(parent), expectedVersion: codebook.version };
    const saved = await run(
      () => addTheme(codebook.studyId, body),
      (result) => `Theme ${result.themeNumber} “${body.name}” added: the codebook is now at version ${result.version}.`,
    );
    if (saved) {
      setDraft(emptyDraft());
      setParent("");
    }
  }

  return (
    <form className="panel stack" aria-labelledby="add-theme" onSubmit={submit} noValidate>
      <h3 id="add-theme">Add a theme</h3>
      <ThemeFields idPrefix="new-theme" blankColour="the next free colour of the palette" draft={draft} set={set} />
      <div className="field">
        <label htmlFor="new-theme-parent">Under</label>
        <select id="new-theme-parent" value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">No parent (a top-level theme)</option>
          {codebook.themes
            .filter((t) => !t.retired)
            .map((t) => (
              <option key={t.number} value={t.number}>
                {t.number}. {t.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-theme-reason">Reason for adding it</label>
        <textarea id="new-theme-reason" rows={2} value={draft.reason} onChange={(e) => set("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Add theme
      </button>
    </form>
  );
}
