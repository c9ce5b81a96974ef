import type { Theme } from "../../codebook/types";
import type { CodedSegment } from "./types";

interface Props {
  title: string;
  codings: CodedSegment[];
  themeOf: (number: number) => Theme | undefined;
  selectedId: string | null;
  onSelect: (codingId: string) => void;
}

const excerpt = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 77)}…` : quote);

/** The shown coder's codings in text order; each opens its details, as clicking its highlight does (and by keyboard). */
export function CodingList({ title, codings, themeOf, selectedId, onSelect }: Props) {
  return (
    <section aria-labelledby="coding-list-title" className="panel">
      <h2 id="coding-list-title">{title}</h2>
      {codings.length === 0 ? (
        <p className="empty">No codings yet.</p>
      ) : (
        <ol className="coding-list" data-testid="coding-list">
          {codings.map((c) => (
            <li key={c.codingId}>
              <button
                type="button"
                className="button-quiet coding-list-item"
                aria-pressed={c.codingId === selectedId}
                onClick={() => onSelect(c.codingId)}
              >
                <span className="palette-swatch" style={{ background: themeOf(c.theme)?.colour }} aria-hidden="true" />
                <span className="mono">{c.theme}</span> “{excerpt(c.quote)}”{c.memo ? " · memo" : ""}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
