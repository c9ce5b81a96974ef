import type { Segment } from "./types";

/** Grapheme clusters are short; a window this wide around an offset always holds the whole cluster it falls in. */
const window = 64;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Moves an offset to the nearest edge of the user-perceived character (grapheme cluster) it falls inside: backwards
 * for a start, forwards for an end. So a selection never cuts an emoji's surrogate pair, its skin tone or zero-width
 * joiners, nor a letter from its combining accents.
 */
export function toCharacterEdge(text: string, offset: number, direction: "start" | "end"): number {
  const from = Math.max(0, offset - window);
  for (const { index, segment } of segmenter.segment(text.slice(from, Math.min(text.length, offset + window)))) {
    const [start, end] = [from + index, from + index + segment.length];
    if (start < offset && offset < end) return direction === "start" ? start : end;
    if (start >= offset) break;
  }
  return offset;
}

/**
 * The segment a selection between two offsets of the text makes (in either order): widened to whole characters, without
 * white space at either end, quoting the text itself. Null when nothing but white space was selected.
 */
export function segmentOf(text: string, a: number, b: number): Segment | null {
  let start = toCharacterEdge(text, Math.max(0, Math.min(a, b)), "start");
  let end = toCharacterEdge(text, Math.min(text.length, Math.max(a, b)), "end");
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end, quote: text.slice(start, end) } : null;
}
