import { useCallback } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { themesRoute } from "../coding/judgements/api";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudy } from "../studies/api";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchCohorts } from "./api";
import { CohortChart } from "./CohortChart";
import { CohortCounts, CohortLists } from "./CohortLists";
import { achievementLabel, toleranceLabel } from "./labels";

export function OutcomesPage() {
  const { id = "" } = useParams();
  return <OutcomesView key={id} id={id} />;
}

/** /studies/:id/outcomes: the included cases by cohort under the study's tolerance, live. */
function OutcomesView({ id }: { id: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const cohorts = useResource(`outcomes:${id}`, (signal) => fetchCohorts(id, signal));
  const { reload: reloadStudy } = study;
  const { reload: reloadCohorts } = cohorts;
  const reload = useCallback(() => {
    reloadStudy();
    reloadCohorts();
  }, [reloadStudy, reloadCohorts]);
  useLiveTopic(studyTopic(id), reload);
  const studyPath = `/studies/${encodeURIComponent(id)}`;
  const data = cohorts.data;

  return (
    <main className="page outcomes-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={studyPath}>{study.data?.name ?? id}</Link>
        </p>
        <h1>
          Outcomes{study.data && <span className="title-study"> · {study.data.name}</span>}
        </h1>
        <p className="lede">
          Each included case's achievement ratio, from INDIGO's evidence as the coders corrected and assessed it,
          classified under the study's tolerance. Until you have assessed a case, the others' assessments stay hidden and it counts as
          unassessed for you.
        </p>
        <nav aria-label="On this page" className="toc">
          <a href="#cohort-counts">Counts</a> <a href="#cohort-chart">Chart</a> <a href="#cohorts">Cases by cohort</a>{" "}
          <Link to={`${studyPath}/replay`}>Replay</Link> <Link to={themesRoute(id)}>Themes by cohort</Link>
        </nav>
      </header>
      <ProblemAlert problem={cohorts.error} onRetry={cohorts.reload} />
      {data === undefined ? (
        cohorts.loading && <Loading what="the cohorts" />
      ) : (
        <>
          <section aria-labelledby="cohort-counts">
            <h2 id="cohort-counts">Counts</h2>
            <p className="hint" data-testid="cohorts-settings">
              {toleranceLabel(data.tolerance)}; achievement measured on {achievementLabel(data.achievement)}.
            </p>
            <CohortCounts cohorts={data} />
          </section>
          <section aria-labelledby="cohort-chart">
            <h2 id="cohort-chart">Achievement ratios</h2>
            <CohortChart cohorts={data} />
          </section>
          <section aria-labelledby="cohorts">
            <h2 id="cohorts">Cases by cohort</h2>
            <CohortLists cohorts={data} />
          </section>
        </>
      )}
    </main>
  );
}
