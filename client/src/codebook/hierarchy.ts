import type { Theme } from "./types";

export interface ThemeRow {
  theme: Theme;
  depth: number;
}

const byNumber = (a: Theme, b: Theme) => a.number - b.number;

/** Themes in reading order: each top-level theme by number, followed by its sub-themes (depth 1, 2...). */
export function themeRows(themes: Theme[]): ThemeRow[] {
  const known = new Set(themes.map((t) => t.number));
  const rows: ThemeRow[] = [];
  const seen = new Set<number>();
  const visit = (theme: Theme, depth: number) => {
    if (seen.has(theme.number)) return;
    seen.add(theme.number);
    rows.push({ theme, depth });
    themes.filter((t) => t.parent === theme.number).sort(byNumber).forEach((child) => visit(child, depth + 1));
  };
  // A parent the list does not hold cannot happen from the server; such a theme is shown at the top rather than lost.
  themes.filter((t) => t.parent === null || !known.has(t.parent)).sort(byNumber).forEach((t) => visit(t, 0));
  return rows;
}

/** The coding shortcut keys: 1-9 for the first nine active themes by number. */
export function shortcutKeys(themes: Theme[]): Map<number, string> {
  const active = themes.filter((t) => !t.retired).sort(byNumber).slice(0, 9);
  return new Map(active.map((t, i) => [t.number, String(i + 1)]));
}

/** The themes a theme may move under: active ones that are neither the theme itself nor below it. */
export function parentChoices(themes: Theme[], number: number): Theme[] {
  const below = new Set<number>([number]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of themes) {
      if (t.parent !== null && below.has(t.parent) && !below.has(t.number)) {
        below.add(t.number);
        grew = true;
      }
    }
  }
  return themes.filter((t) => !t.retired && !below.has(t.number)).sort(byNumber);
}
