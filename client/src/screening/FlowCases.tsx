import { Link } from "react-router-dom";
import type { Criteria } from "../studies/types";
import { displayText } from "../ui/format";
import { reasonLabel, statusLabel } from "./labels";
import type { FlowCase } from "./types";

/** Each candidate's status, collapsed under the diagram; withheld where the viewer is still blind. */
export function FlowCases({ cases, criteria }: { cases: FlowCase[]; criteria: Criteria | undefined }) {
  return (
    <details className="flow-cases">
      <summary>Status of each candidate ({cases.length})</summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">INDIGO id</th>
              <th scope="col">Status</th>
              <th scope="col">Exclusion reason</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.caseId}>
                <th scope="row">
                  <Link to={`/cases/${encodeURIComponent(c.caseId)}`}>{c.name}</Link>
                </th>
                <td className="mono nowrap">{c.caseId}</td>
                <td className={c.hidden ? "muted" : undefined}>{statusLabel(c.hidden ? null : c.status)}</td>
                <td>{c.exclusionReason ? reasonLabel(c.exclusionReason, criteria) : displayText(null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
