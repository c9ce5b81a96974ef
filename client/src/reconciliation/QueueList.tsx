import { Link } from "react-router-dom";
import { kindLabel } from "./queueQuery";
import { resolutionLabel } from "./roomLog";
import type { DisagreementQueue } from "./types";

interface Props {
  studyId: string;
  queue: DisagreementQueue;
  settled: boolean;
  nameOf: (userName: string) => string;
}

export const roomRoute = (studyId: string, caseId: string, key: string) =>
  `/studies/${encodeURIComponent(studyId)}/reconciliation/${encodeURIComponent(caseId)}/${encodeURIComponent(key)}`;

/** The disagreements, weightiest first: who said what, why it matters, and the room's state. */
export function QueueList({ studyId, queue, settled, nameOf }: Props) {
  if (queue.entries.length === 0) {
    return <p className="empty">{settled ? "Nothing settled yet." : "No open disagreements that you may see."}</p>;
  }
  return (
    <ul className="conflict-list">
      {queue.entries.map(({ item, roomVersion, openProposal }) => (
        <li key={item.id} className="panel" data-testid="queue-item">
          <h3>
            <Link to={roomRoute(studyId, item.caseId, item.key)}>{item.name}</Link>{" "}
            <span className="mono muted">{item.caseId}</span> <span className="tag">{kindLabel(item.kind)}</span>
          </h3>
          <ul className="plain-list">
            {item.positions.map((p) => (
              <li key={p.coder}>
                <strong>{nameOf(p.coder)}</strong>: {p.said}
                {p.reason && ` (${p.reason})`}
              </li>
            ))}
          </ul>
          <p className="muted">{item.matters}</p>
          <p>
            {item.settledAs
              ? `Settled: ${item.settledAs}`
              : openProposal
                ? `Open proposal: ${resolutionLabel(openProposal)}`
                : roomVersion > 0
                  ? "Under discussion"
                  : "Not discussed yet"}
          </p>
        </li>
      ))}
    </ul>
  );
}
