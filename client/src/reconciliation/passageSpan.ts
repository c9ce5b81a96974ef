import type { ItemPassage } from "./types";

export interface Span {
  start: number;
  end: number;
}

/**
 * A span chosen by selecting within the passage: the two ends of the selection (offsets into the passage's text, either
 * order) as offsets of the text version. An empty selection chooses nothing.
 */
export function spanOfSelection(passage: ItemPassage, anchor: number, focus: number): Span | null {
  const [from, to] = anchor <= focus ? [anchor, focus] : [focus, anchor];
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), passage.text.length);
  return clamp(from) === clamp(to) ? null : { start: passage.start + clamp(from), end: passage.start + clamp(to) };
}

/** The passage's words before, inside and after the span (offsets of the text version; out-of-range ends are clamped). */
export function passageParts(passage: ItemPassage, span: Span): [before: string, chosen: string, after: string] {
  const at = (offset: number) => Math.min(Math.max(offset - passage.start, 0), passage.text.length);
  const [from, to] = [at(span.start), Math.max(at(span.start), at(span.end))];
  return [passage.text.slice(0, from), passage.text.slice(from, to), passage.text.slice(to)];
}
