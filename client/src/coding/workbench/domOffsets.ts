/**
 * Maps positions in the rendered text back to offsets into the text version. The coded text is rendered as runs, each an
 * element with a data-start attribute holding exactly the text from that offset as its only child (a text node), and
 * nothing else carries data-start; page labels sit between runs. A DOM offset into a text node counts UTF-16 code units,
 * like JavaScript strings and the server's offsets, so a position inside a run is data-start plus that offset.
 */
const runSelector = "[data-start]";

function runOf(node: Node): HTMLElement | null {
  const parent = node.parentElement;
  return node.nodeType === Node.TEXT_NODE && parent?.matches(runSelector) ? parent : null;
}

const startOf = (run: Element) => Number(run.getAttribute("data-start"));

/** The text offset of a DOM position (a selection's anchor or focus) inside root, or null when it lies outside it. */
export function textOffsetOf(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const run = runOf(node);
  if (run) return startOf(run) + offset;
  // Between runs (on a page label, or an element boundary): the position belongs to the next run's start.
  const point = document.createRange();
  point.setStart(node, offset);
  const runs = [...root.querySelectorAll(runSelector)];
  const next = runs.find((r) => point.comparePoint(r, 0) >= 0);
  if (next) return startOf(next);
  const last = runs.at(-1);
  return last ? startOf(last) + (last.textContent ?? "").length : null;
}

/** The two text offsets the window's selection spans inside root (in DOM order), or null when it is empty or outside. */
export function selectedOffsets(root: Element): [number, number] | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = textOffsetOf(root, range.startContainer, range.startOffset);
  const end = textOffsetOf(root, range.endContainer, range.endOffset);
  return start === null || end === null ? null : [start, end];
}

/** The run element under a click, if any (its data-start says where it begins). */
export function runAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(runSelector) : null;
}

/** Selects [start, end) of the text in the window (e.g. a search hit a link points at) and scrolls it into view. */
export function selectOffsets(root: Element, start: number, end: number): void {
  const runs = [...root.querySelectorAll<HTMLElement>(runSelector)];
  const point = (offset: number): [Node, number] | null => {
    const run = runs.findLast((r) => startOf(r) <= offset);
    const node = run?.firstChild;
    return run && node ? [node, Math.min(offset - startOf(run), node.textContent?.length ?? 0)] : null;
  };
  const [from, to] = [point(start), point(end)];
  if (!from || !to) return;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
  (from[0].parentElement ?? root).scrollIntoView({ block: "center" });
}
