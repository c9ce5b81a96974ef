import { shortcutKeys, themeRows } from "../../codebook/hierarchy";
import type { Theme } from "../../codebook/types";
import type { Segment } from "./types";

interface Props {
  themes: Theme[];
  pending: Segment | null;
  disabled: boolean;
  onApply: (theme: number) => void;
}

const excerpt = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);

/** The codebook's active themes in their hierarchy, each a button with its shortcut key: select text, then press the key. */
export function ThemePalette({ themes, pending, disabled, onApply }: Props) {
  const keys = shortcutKeys(themes);
  return (
    <section aria-labelledby="palette-title" className="panel theme-palette">
      <h2 id="palette-title">Themes</h2>
      <p className="hint" data-testid="pending-selection">
        {pending ? <>Selected: “{excerpt(pending.quote)}” — press a theme's key or click it.</> : "Select a passage of the text to code it."}
      </p>
      <ul className="palette-list">
        {themeRows(themes.filter((t) => !t.retired)).map(({ theme, depth }) => (
          <li key={theme.number} style={{ paddingLeft: `${depth * 1.25}rem` }}>
            <button
              type="button"
              className="palette-theme"
              disabled={disabled}
              // Keep the text selection: a button takes focus (and some browsers the selection) on mouse down.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onApply(theme.number)}
              aria-keyshortcuts={keys.get(theme.number)}
            >
              <span className="palette-swatch" style={{ background: theme.colour }} aria-hidden="true" />
              {keys.has(theme.number) && <kbd>{keys.get(theme.number)}</kbd>}
              <span>
                {theme.number}. {theme.name}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
