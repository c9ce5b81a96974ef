import type { TextPage } from "./types";

export interface ShownPage {
  /** null for a text without pages. */
  number: number | null;
  text: string;
}

/**
 * The text cut at its pages' offsets (UTF-16 code units, as JavaScript indexes strings), each page without the empty
 * line that joins it to the next; a text without pages is one unnumbered page.
 */
export function pagesOf(text: string, pages: TextPage[]): ShownPage[] {
  if (pages.length === 0) return [{ number: null, text }];
  return pages.map((page) => ({ number: page.number, text: text.slice(page.start, page.end).replace(/\n+$/, "") }));
}
