import { useState } from "react";
import { ProblemAlert } from "../ui/ProblemAlert";
import { endorse, objectTo } from "./api";
import { passageParts } from "./passageSpan";
import { resolutionLabel, type Proposal } from "./roomLog";
import type { ItemPassage } from "./types";
import { useRoomAct } from "./useRoomAct";

interface Props {
  room: string;
  proposals: Proposal[];
  open: Proposal | undefined;
  /** The disputed passage, for a segment: a proposal's span is quoted from it. */
  passage: ItemPassage | null;
  me: string;
  mayAct: boolean;
  nameOf: (userName: string) => string;
}

/** Every proposal, the open one last with endorse and object; earlier ones are shown as superseded. */
export function ProposalList({ room, proposals, open, passage, me, mayAct, nameOf }: Props) {
  const [objection, setObjection] = useState("");
  const { problem, busy, run } = useRoomAct();
  if (proposals.length === 0) return <p className="empty">No proposal yet.</p>;
  return (
    <>
      <ol className="plain-list">
        {proposals.map((p) => (
          <li key={p.proposalId} data-testid="room-proposal">
            <strong>{resolutionLabel(p.resolution)}</strong> proposed by {nameOf(p.by)}
            {p !== open && <span className="muted"> (superseded)</span>}
            {passage && p.resolution.start != null && p.resolution.end != null && (
              <blockquote data-testid="proposal-span-words">
                {passageParts(passage, { start: p.resolution.start, end: p.resolution.end })[1]}
              </blockquote>
            )}
            <p>{p.text}</p>
            <ul className="plain-list">
              {p.stances.map((s) => (
                <li key={s.by}>
                  {nameOf(s.by)} {s.endorses ? "endorses" : `objects: ${s.reason ?? ""}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {mayAct && open && (
        <div className="proposal-actions">
          <button
            type="button"
            disabled={busy || open.stances.some((s) => s.by === me && s.endorses && open.by !== me)}
            onClick={() => void run(() => endorse(room, open.proposalId))}
          >
            Endorse {resolutionLabel(open.resolution)}
          </button>{" "}
          <label>
            Objection <input value={objection} onChange={(e) => setObjection(e.target.value)} maxLength={2000} />
          </label>{" "}
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => objectTo(room, open.proposalId, objection)).then((ok) => ok && setObjection(""))}
          >
            Object
          </button>
          <ProblemAlert problem={problem} />
        </div>
      )}
    </>
  );
}
