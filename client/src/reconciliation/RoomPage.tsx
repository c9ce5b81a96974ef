import { useMemo } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { fetchStudy } from "../studies/api";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchRoom, roomPath } from "./api";
import { Positions } from "./Positions";
import { ProposalForm } from "./ProposalForm";
import { ProposalList } from "./ProposalList";
import { kindLabel } from "./queueQuery";
import { RoomPresence } from "./RoomPresence";
import { foldRoom, lastVersion, resolutionLabel } from "./roomLog";
import { Thread } from "./Thread";
import { useRoom } from "./useRoom";

export function RoomPage() {
  const { id = "", caseId = "", key = "" } = useParams();
  return <RoomView key={`${id}/${caseId}/${key}`} id={id} caseId={caseId} itemKey={key} />;
}

/**
 * /studies/:id/reconciliation/:caseId/:key, the key being the item's in its case (screening, outcome, theme-3): the positions,
 * the thread, proposals and who is here, live.
 */
function RoomView({ id, caseId, itemKey }: { id: string; caseId: string; itemKey: string }) {
  const view = useResource(`room:${id}/${caseId}/${itemKey}`, (signal) => fetchRoom(id, caseId, itemKey, signal));
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const room = useRoom(id, caseId, itemKey, view.data?.messages);
  const fold = useMemo(() => foldRoom(room.log.messages), [room.log.messages]);
  const names = new Map((study.data?.members ?? []).map((m) => [m.userName, m.displayName]));
  const nameOf = (userName: string) => names.get(userName) ?? userName;

  if (!view.data) {
    return (
      <main className="page" id="main">
        <ProblemAlert problem={view.error} onRetry={view.reload} />
        {view.loading && <Loading what="the room" />}
      </main>
    );
  }
  const { item, choices, me, myRole } = view.data;
  const path = roomPath(id, caseId, itemKey);
  const mayAct = myRole !== "observer" && fold.agreement === null;
  const open = fold.proposals.at(-1);
  return (
    <main className="page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}/reconciliation`}>Reconciliation</Link> ·{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/cases/${encodeURIComponent(caseId)}/timeline`}>audit timeline</Link>
        </p>
        <h1>
          {item.name} <span className="mono muted">{item.caseId}</span> <span className="tag">{kindLabel(item.kind)}</span>
        </h1>
        <p className="lede">{item.matters}</p>
        <p className="muted" data-testid="room-status">
          Connection: {room.status} · room version {lastVersion(room.log)}
        </p>
      </header>
      <RoomPresence people={room.people} typing={room.typing.filter((p) => p !== me)} nameOf={nameOf} />
      <Positions item={item} nameOf={nameOf} />
      {fold.agreement && (
        <p className="alert alert-success" role="status" data-testid="room-agreement">
          Agreed: {resolutionLabel(fold.agreement.resolution)} ({fold.agreement.rule}; recorded by {nameOf(fold.agreement.by)}). The
          consensus is recorded; the coders' blind decisions stay as they were.
        </p>
      )}
      <section className="panel" aria-label="Proposals">
        <h2>Proposals</h2>
        <ProposalList
          room={path}
          proposals={fold.proposals}
          open={open}
          passage={item.passage}
          me={me}
          mayAct={mayAct}
          nameOf={nameOf}
        />
        {mayAct && <ProposalForm room={path} kind={item.kind} choices={choices} passage={item.passage} seenVersion={open?.version ?? 0} />}
      </section>
      <Thread room={path} comments={fold.comments} mayPost={myRole !== "observer"} onTyping={room.sayTyping} nameOf={nameOf} />
    </main>
  );
}
