import { displayText, formatDateTime } from "../ui/format";
import type { CaseHistoryEntry } from "./types";

const kinds: Record<string, string> = { imported: "Imported from INDIGO", changed: "Changed in INDIGO" };

export function CaseHistory({ history }: { history: CaseHistoryEntry[] }) {
  return (
    <section aria-labelledby="case-history">
      <h2 id="case-history">Import history</h2>
      {history.length === 0 ? (
        <p className="muted">No import recorded.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Version
              </th>
              <th scope="col">What</th>
              <th scope="col">When</th>
              <th scope="col">By</th>
              <th scope="col">Changed fields</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.version}>
                <td className="num">{entry.version}</td>
                <td>{kinds[entry.kind] ?? entry.kind}</td>
                <td className="nowrap">{formatDateTime(entry.at)}</td>
                <td>{displayText(entry.by)}</td>
                <td>{displayText(entry.changedFields)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
