import { shortcuts } from "./keys";

/** The page's keyboard shortcuts, as a visible list. */
export function ShortcutList() {
  return (
    <div className="shortcut-list">
      <span id="shortcuts-title">Keyboard shortcuts (not while typing in a field):</span>
      <ul aria-labelledby="shortcuts-title">
        {shortcuts.map((s) => (
          <li key={s.key}>
            <kbd>{s.key}</kbd> {s.description}
          </li>
        ))}
      </ul>
    </div>
  );
}
