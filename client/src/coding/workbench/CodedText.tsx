import { memo, type MouseEvent, type RefObject } from "react";
import type { TextPage } from "../../documents/types";
import { runAt } from "./domOffsets";
import { highlightBackground } from "./highlight";
import { pageRanges, runsOf, type Highlight } from "./runs";

interface Props {
  text: string;
  pages: TextPage[];
  highlights: Highlight[];
  colourOf: (theme: number) => string;
  selectedId: string | null;
  /** The codings under a click on the text, outermost first (empty for uncoded text). */
  onPick: (codingIds: string[]) => void;
  root: RefObject<HTMLElement | null>;
}

/**
 * The text version page by page with the shown codings highlighted in their themes' colours. Every character is rendered
 * once, as a text node inside a run that carries its offset (see domOffsets), so a selection maps back to offsets in
 * the text; the text is never markup.
 */
export const CodedText = memo(function CodedText({ text, pages, highlights, colourOf, selectedId, onPick, root }: Props) {
  function click(event: MouseEvent) {
    const run = runAt(event.target);
    if (!run || !window.getSelection()?.isCollapsed) return;
    const at = Number(run.dataset.start);
    const under = highlights.filter((h) => h.start <= at && h.end > at);
    onPick(under.sort((a, b) => a.start - b.start || b.end - a.end).map((h) => h.codingId));
  }

  return (
    <article ref={root} className="coded-text" aria-label="Text to code" data-testid="coded-text" onClick={click}>
      {pageRanges(text.length, pages).map((page) => (
        <section key={page.start} className="text-page-body" aria-label={page.number === null ? "Text" : `Page ${page.number}`}>
          {page.number !== null && <p className="page-number">Page {page.number}</p>}
          <div className="document-text">
            {runsOf(page.start, page.end, highlights).map((run) => {
              const coded = run.highlights.length > 0;
              return (
                <span
                  key={run.start}
                  data-start={run.start}
                  data-themes={coded ? run.highlights.map((h) => h.theme).join(" ") : undefined}
                  className={coded ? (run.highlights.some((h) => h.codingId === selectedId) ? "coded coded-selected" : "coded") : undefined}
                  style={coded ? { background: highlightBackground(run.highlights.map((h) => colourOf(h.theme))) } : undefined}
                >
                  {text.slice(run.start, run.end)}
                </span>
              );
            })}
          </div>
        </section>
      ))}
    </article>
  );
});
