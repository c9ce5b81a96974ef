import { Link, useParams } from "react-router-dom";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { AssignForm } from "./AssignForm";
import { CoderProgressTable } from "./CoderProgressTable";
import { ConflictList } from "./ConflictList";
import { FlowSection } from "./FlowSection";
import { MyQueue } from "./MyQueue";
import { useScreening } from "./useScreening";

export function ScreeningPage() {
  const { id = "" } = useParams();
  return <ScreeningView key={id} id={id} />;
}

/** /studies/:id/screening: my queue (coders), assignment and consensus (lead), progress, conflicts and the live flow. */
function ScreeningView({ id }: { id: string }) {
  const { study, queue, flow, conflicts, agreement, screeningChanged } = useScreening(id);
  const data = study.data;
  if (data === undefined) {
    return (
      <main className="page" id="main">
        <ProblemAlert problem={study.error} onRetry={study.reload} />
        {study.loading && <Loading what="the study" />}
      </main>
    );
  }

  const names = new Map(data.members.map((m) => [m.userName, m.displayName]));
  const nameOf = (userName: string) => names.get(userName) ?? userName;
  const isLead = data.myRole === "lead";
  const showQueue = data.myRole === "coder" || (queue.data?.cases.length ?? 0) > 0;
  const studyPath = `/studies/${encodeURIComponent(id)}`;

  return (
    <main className="page screening-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={studyPath}>{data.name}</Link>
        </p>
        <h1>
          Screening<span className="title-study"> · {data.name}</span>
        </h1>
        <p className="lede">
          Blind, dual screening: each coder decides on their cases without seeing the others' decisions; where they
          disagree, the lead records a consensus. Every decision is kept with who, when and why.
        </p>
        <nav aria-label="On this page" className="toc">
          {showQueue && <a href="#my-queue">My queue</a>}
          {data.myRole !== "coder" && <a href="#coder-progress">Progress by coder</a>}
          <a href="#flow">Flow and agreement</a> <a href="#conflicts">Conflicts</a>{" "}
          {isLead && <a href="#assign">Assign cases</a>}
          <Link to={`${studyPath}/agreement`}>Agreement</Link>
        </nav>
      </header>
      {showQueue && (
        <section aria-labelledby="my-queue">
          <h2 id="my-queue">My queue</h2>
          <ProblemAlert problem={queue.error} onRetry={queue.reload} />
          {queue.data && (
            <MyQueue studyId={id} queue={queue.data} criteria={data.criteria} nameOf={nameOf} onDecided={screeningChanged} />
          )}
        </section>
      )}
      {data.myRole !== "coder" && (
        <section aria-labelledby="coder-progress">
          <h2 id="coder-progress">Progress by coder</h2>
          {flow.data && <CoderProgressTable coders={flow.data.coders} nameOf={nameOf} />}
        </section>
      )}
      <FlowSection studyId={id} flow={flow} agreement={agreement} criteria={data.criteria} />
      <section aria-labelledby="conflicts">
        <h2 id="conflicts">Conflicts</h2>
        <ProblemAlert problem={conflicts.error} onRetry={conflicts.reload} />
        {conflicts.data === undefined
          ? conflicts.loading && <Loading what="conflicts" />
          : (
            <ConflictList
              studyId={id}
              data={conflicts.data}
              criteria={data.criteria}
              nameOf={nameOf}
              canSettle={isLead}
              refetch={screeningChanged}
            />
          )}
      </section>
      {isLead && (
        <section aria-labelledby="assign">
          <h2 id="assign">Assign cases</h2>
          <AssignForm studyId={id} members={data.members} refetch={screeningChanged} />
        </section>
      )}
    </main>
  );
}
