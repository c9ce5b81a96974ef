import { normaliseColour, readableTextOn } from "./colours";
import { KeywordHints } from "./KeywordHints";
import type { ThemeDraft } from "./themeInput";

interface Props {
  idPrefix: string;
  /** What a blank colour means: a new theme takes the next free palette colour, a revised one keeps its own. */
  blankColour: string;
  draft: ThemeDraft;
  set: (key: keyof ThemeDraft) => (value: string) => void;
}

/** The fields of a theme, shared by adding and revising one. */
export function ThemeFields({ idPrefix, blankColour, draft, set }: Props) {
  const id = (field: string) => `${idPrefix}-${field}`;
  const colour = normaliseColour(draft.colour);
  const text = (field: keyof ThemeDraft, label: string, rows: number, hint?: string) => (
    <div className="field">
      <label htmlFor={id(field)}>{label}</label>
      <textarea id={id(field)} rows={rows} value={draft[field]} onChange={(e) => set(field)(e.target.value)} />
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
  return (
    <>
      <div className="field">
        <label htmlFor={id("name")}>Name</label>
        <input id={id("name")} value={draft.name} onChange={(e) => set("name")(e.target.value)} />
      </div>
      {text("definition", "Definition", 3)}
      {text("inclusionNotes", "Include when (inclusion notes)", 2)}
      {text("exclusionNotes", "Do not include when (exclusion notes)", 2)}
      {text("exampleQuotes", "Example quotes", 3, "One per line.")}
      <div className="field">
        <label htmlFor={id("colour")}>Colour</label>
        <div className="colour-field">
          <input
            type="color"
            aria-label="Pick the colour"
            value={colour ?? "#000000"}
            onChange={(e) => set("colour")(e.target.value)}
          />
          <input
            id={id("colour")}
            value={draft.colour}
            size={9}
            placeholder="#RRGGBB"
            aria-describedby={`${id("colour")}-hint`}
            onChange={(e) => set("colour")(e.target.value)}
          />
          {colour && (
            <span className="theme-swatch" style={{ background: colour, color: readableTextOn(colour) }}>
              Aa
            </span>
          )}
        </div>
        <p id={`${id("colour")}-hint`} className="hint">
          Hex, like #CC6677; left blank, {blankColour}.
        </p>
      </div>
      <div className="field">
        <label htmlFor={id("keywords")}>Keywords for auto-coding</label>
        <textarea
          id={id("keywords")}
          rows={5}
          value={draft.keywords}
          aria-describedby={`${id("keywords")}-syntax ${id("keywords")}-hints`}
          onChange={(e) => set("keywords")(e.target.value)}
        />
        <p id={`${id("keywords")}-syntax`} className="hint">
          One per line: a word (<code>partnership</code>, any form), a prefix (<code>co-produc*</code>), words in order (
          <code>service users</code>), an exact phrase (<code>"lived experience"</code>), or two of these within n words (
          <code>co-produc* NEAR/5 users</code>).
        </p>
        <KeywordHints id={`${id("keywords")}-hints`} text={draft.keywords} />
      </div>
    </>
  );
}
