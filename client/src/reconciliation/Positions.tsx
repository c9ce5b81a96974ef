import { formatDateTime } from "../ui/format";
import type { DisagreementItem } from "./types";

/** Each coder's position side by side, then the evidence they had. */
export function Positions({ item, nameOf }: { item: DisagreementItem; nameOf: (userName: string) => string }) {
  return (
    <section aria-label="Positions">
      <div className="positions" style={{ display: "grid", gridTemplateColumns: `repeat(${item.positions.length}, 1fr)`, gap: "1rem" }}>
        {item.positions.map((p) => (
          <article key={p.coder} className="panel" data-testid="room-position">
            <h2>{nameOf(p.coder)}</h2>
            <p>
              <strong>{p.said}</strong>
              {p.reason && ` (${p.reason})`}
            </p>
            {p.note && <p>{p.note}</p>}
            <p className="muted">{formatDateTime(p.at)}</p>
          </article>
        ))}
      </div>
      <h2>Evidence</h2>
      <ul>
        {item.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
