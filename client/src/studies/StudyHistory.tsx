import { displayText, formatDateTime } from "../ui/format";
import type { StudyHistoryEntry } from "./types";

/** The study's audit trail, newest first: who changed what, when and why. */
export function StudyHistory({ history }: { history: StudyHistoryEntry[] }) {
  const newestFirst = [...history].sort((a, b) => b.version - a.version);
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((entry) => (
          <tr key={entry.version}>
            <td className="nowrap">{formatDateTime(entry.at)}</td>
            <td>{entry.by}</td>
            <td>{entry.description}</td>
            <td className="prose">{displayText(entry.reason)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
