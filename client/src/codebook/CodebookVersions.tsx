import { formatDateTime } from "../ui/format";
import type { CodebookHistoryEntry } from "./types";

interface Props {
  history: CodebookHistoryEntry[];
  version: number;
  onPick: (version: number) => void;
}

const label = (entry: CodebookHistoryEntry) =>
  `Version ${entry.version} · ${formatDateTime(entry.at)} · ${entry.by}: ${entry.description}`;

/** Which version of the codebook the page shows: any, newest first. */
export function VersionPicker({ history, version, onPick }: Props) {
  return (
    <div className="field version-picker">
      <label htmlFor="codebook-version">Version shown</label>
      <select id="codebook-version" value={version} onChange={(e) => onPick(Number(e.target.value))}>
        {[...history].reverse().map((entry) => (
          <option key={entry.version} value={entry.version}>
            {label(entry)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The codebook's history, newest first: who changed what, when and why; each version can be opened. */
export function CodebookHistoryTable({ history, version, onPick }: Props) {
  return (
    <table className="data-table" data-testid="codebook-history">
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {[...history].reverse().map((entry) => (
          <tr key={entry.version} className={entry.version === version ? "current" : undefined}>
            <td className="num">
              {entry.version === version ? (
                <strong aria-current="true">{entry.version}</strong>
              ) : (
                <button type="button" className="button-quiet" onClick={() => onPick(entry.version)}>
                  {entry.version}
                </button>
              )}
            </td>
            <td className="nowrap">{formatDateTime(entry.at)}</td>
            <td>{entry.by}</td>
            <td>{entry.description}</td>
            <td className="prose">{entry.reason ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
