import { useCallback, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudy } from "../studies/api";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchQueue } from "./api";
import { QueueFiltersForm } from "./QueueFiltersForm";
import { QueueList } from "./QueueList";
import { noFilters, queueQuery, type QueueFilters } from "./queueQuery";

export function ReconciliationPage() {
  const { id = "" } = useParams();
  return <ReconciliationView key={id} id={id} />;
}

/** /studies/:id/reconciliation: every disagreement the viewer may see, filtered and counted, live. */
function ReconciliationView({ id }: { id: string }) {
  const [filters, setFilters] = useState<QueueFilters>(noFilters);
  const query = queueQuery(filters);
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const queue = useResource(`queue:${id}${query}`, (signal) => fetchQueue(id, query, signal));
  const refetch = useCallback(() => queue.reload(), [queue.reload]);
  useLiveTopic(studyTopic(id), refetch);

  const names = new Map((study.data?.members ?? []).map((m) => [m.userName, m.displayName]));
  const nameOf = (userName: string) => names.get(userName) ?? userName;
  return (
    <main className="page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link>
        </p>
        <h1>Reconciliation</h1>
        <p className="lede">
          Where coders disagree after deciding blind. Open an item to discuss it with the others involved, propose a
          resolution and endorse or object; the agreed resolution becomes the consensus, and the blind decisions stay as
          they were.
        </p>
      </header>
      <ProblemAlert problem={queue.error} onRetry={queue.reload} />
      {queue.data && <QueueFiltersForm queue={queue.data} filters={filters} onChange={setFilters} nameOf={nameOf} />}
      {queue.data ? <QueueList studyId={id} queue={queue.data} settled={filters.settled} nameOf={nameOf} /> : <Loading what="the disagreements" />}
    </main>
  );
}
