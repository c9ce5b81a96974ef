import { Link } from "react-router-dom";
import type { Criteria } from "../studies/types";
import { decisionLabel } from "./labels";
import type { QueueCase } from "./types";

interface Props {
  cases: QueueCase[];
  current: string | null;
  criteria: Criteria | undefined;
}

/** My assigned cases by name: my verdict, or "to screen". */
export function QueueList({ cases, current, criteria }: Props) {
  return (
    <div className="table-scroll queue-list">
      <table className="data-table">
        <caption>Assigned cases</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">INDIGO id</th>
            <th scope="col">Your verdict</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr
              key={c.caseId}
              data-testid="queue-row"
              className={c.caseId === current ? "current" : undefined}
              aria-current={c.caseId === current ? "true" : undefined}
            >
              <th scope="row">
                <Link to={`?case=${encodeURIComponent(c.caseId)}`} replace>
                  {c.name}
                </Link>
              </th>
              <td className="mono nowrap">{c.caseId}</td>
              <td className={c.myDecision ? `verdict-text-${c.myDecision.verdict}` : "muted"}>
                {c.myDecision ? decisionLabel(c.myDecision, criteria) : "to screen"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
