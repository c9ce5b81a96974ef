import type { Criteria } from "../studies/types";
import { displayText, formatDateTime } from "../ui/format";
import { decisionLabel, verdictLabel } from "./labels";
import type { CoderDecision, DecisionHistoryEntry } from "./types";

interface Props {
  decision: CoderDecision | null;
  history: DecisionHistoryEntry[];
  criteria: Criteria | undefined;
}

/** My latest decision on the case and every decision I made on it, oldest first. */
export function MyDecision({ decision, history, criteria }: Props) {
  if (decision === null) return <p className="muted">You have not screened this case yet.</p>;
  return (
    <>
      <p data-testid="my-decision">
        Your decision: <strong>{decisionLabel(decision, criteria)}</strong>
        {decision.note && <span> — {decision.note}</span>}{" "}
        <span className="muted">
          (version {decision.version}, {formatDateTime(decision.at)})
        </span>
      </p>
      {history.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="my-history">
            <caption>Your decisions on this case</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">When</th>
                <th scope="col">Decision</th>
                <th scope="col">Note</th>
                <th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.version}>
                  <td className="num">{entry.version}</td>
                  <td className="nowrap">{formatDateTime(entry.at)}</td>
                  <td>{decisionLabel(entry, criteria)}</td>
                  <td className="prose">{displayText(entry.note)}</td>
                  <td>
                    {entry.previousVerdict === null ? (
                      <span className="muted">first decision</span>
                    ) : (
                      <>
                        from {verdictLabel(entry.previousVerdict)}: {displayText(entry.revisionReason)}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
