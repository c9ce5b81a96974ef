import type { TextPage } from "../../documents/types";

/** A coded span to show: [start, end) in UTF-16 code units. */
export interface Highlight {
  codingId: string;
  theme: number;
  start: number;
  end: number;
}

/** A stretch of the text covered by the same highlights (outermost first); every character of the text is in one run. */
export interface Run {
  start: number;
  end: number;
  highlights: Highlight[];
}

export interface PageRange {
  /** null for a text without pages. */
  number: number | null;
  start: number;
  end: number;
}

/**
 * The pages to show, covering the whole text with no gap and no overlap (so each character is rendered exactly once and
 * a position in the page maps back to one offset); a text without pages is one unnumbered page.
 */
export function pageRanges(textLength: number, pages: TextPage[]): PageRange[] {
  if (pages.length === 0) return [{ number: null, start: 0, end: textLength }];
  return pages.map((p, i) => ({ number: p.number, start: i === 0 ? 0 : p.start, end: i === pages.length - 1 ? textLength : p.end }));
}

const outermostFirst = (a: Highlight, b: Highlight) => a.start - b.start || b.end - a.end || a.codingId.localeCompare(b.codingId);

/** Cuts [from, to) into runs at every highlight edge, so overlapping highlights show as runs covered by several. */
export function runsOf(from: number, to: number, highlights: Highlight[]): Run[] {
  const inside = highlights.filter((h) => h.start < to && h.end > from).sort(outermostFirst);
  const edges = new Set<number>([from, to]);
  for (const h of inside) {
    if (h.start > from) edges.add(h.start);
    if (h.end < to) edges.add(h.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    if (start < end) runs.push({ start, end, highlights: inside.filter((h) => h.start <= start && h.end >= end) });
  }
  return runs;
}

/** The number of the page an offset lies on; null for an unpaged text. */
export function pageOf(pages: PageRange[], offset: number): number | null {
  return pages.find((p) => offset >= p.start && offset < p.end)?.number ?? pages.at(-1)?.number ?? null;
}
