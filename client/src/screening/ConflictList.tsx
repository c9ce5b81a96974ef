import { Link } from "react-router-dom";
import type { Criteria } from "../studies/types";
import { formatDateTime, plural } from "../ui/format";
import { ConsensusForm } from "./ConsensusForm";
import { decisionLabel } from "./labels";
import type { ScreeningConflicts } from "./types";

interface Props {
  studyId: string;
  data: ScreeningConflicts;
  criteria: Criteria | undefined;
  nameOf: (userName: string) => string;
  /** The lead records consensus; everyone else reads. */
  canSettle: boolean;
  refetch: () => void;
}

/** Cases whose coders disagree (or one is unsure), unresolved first, each with every coder's verdict and reason. */
export function ConflictList({ studyId, data, criteria, nameOf, canSettle, refetch }: Props) {
  if (data.conflicts.length === 0) {
    return <p className="empty">No conflicts: the coders agree on every case they have all decided.</p>;
  }
  return (
    <>
      <p data-testid="conflicts-unresolved">
        {plural(data.unresolved, "conflict")} awaiting consensus, of {data.conflicts.length}.
      </p>
      <ul className="conflict-list">
        {data.conflicts.map((conflict) => (
          <li key={conflict.caseId} className="panel" data-testid="conflict-row">
            <h3>
              <Link to={`/cases/${encodeURIComponent(conflict.caseId)}`}>{conflict.name}</Link>{" "}
              <span className="mono muted">{conflict.caseId}</span>
            </h3>
            <ul className="plain-list" aria-label={`Coders' decisions on ${conflict.name}`}>
              {conflict.decisions.map((decision) => (
                <li key={decision.coder} data-testid="conflict-decision">
                  <strong>{nameOf(decision.coder)}</strong>: {decisionLabel(decision, criteria)}
                  {decision.note && <span> — {decision.note}</span>}
                </li>
              ))}
            </ul>
            {conflict.consensus ? (
              <p className="alert alert-success" data-testid="conflict-consensus">
                Consensus by {nameOf(conflict.consensus.by)}: {decisionLabel(conflict.consensus, criteria)}
                {conflict.consensus.note && <> — {conflict.consensus.note}</>} ({formatDateTime(conflict.consensus.at)})
              </p>
            ) : (
              <p className="muted">Awaiting consensus.</p>
            )}
            {canSettle && (
              <ConsensusForm
                key={conflict.caseId}
                studyId={studyId}
                conflict={conflict}
                criteria={criteria}
                idPrefix={`consensus-${conflict.caseId.replace(/[^A-Za-z0-9_-]/g, "_")}`}
                refetch={refetch}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
