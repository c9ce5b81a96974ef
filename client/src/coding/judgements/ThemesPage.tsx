import { useCallback } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { outcomesRoute } from "../../outcomes/api";
import { toleranceLabel } from "../../outcomes/labels";
import { replayRoute } from "../../replay/api";
import { fetchStudy } from "../../studies/api";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { fetchThemePrevalence } from "./api";
import { Heatmap } from "./Heatmap";
import { PrevalenceTable } from "./PrevalenceTable";

export function ThemesPage() {
  const { id = "" } = useParams();
  return <ThemesView key={id} id={id} />;
}

/** /studies/:id/themes: theme prevalence by cohort and the cases x themes heatmap, live. */
function ThemesView({ id }: { id: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const prevalence = useResource(`themes:${id}`, (signal) => fetchThemePrevalence(id, signal));
  const { reload: reloadStudy } = study;
  const { reload: reloadPrevalence } = prevalence;
  const reload = useCallback(() => {
    reloadStudy();
    reloadPrevalence();
  }, [reloadStudy, reloadPrevalence]);
  useLiveTopic(studyTopic(id), reload);
  const data = prevalence.data;

  return (
    <main className="page themes-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link>
        </p>
        <h1>
          Themes by cohort{study.data && <span className="title-study"> · {study.data.name}</span>}
        </h1>
        <p className="lede">
          How often the successful and the struggling cases show each theme, from the coders' case-level judgements. Coders
          judge each case blind: until you submit your own judgements of a case, the others' stay hidden and its cells show
          as hidden for you. Open a case to judge it.
        </p>
        <nav aria-label="On this page" className="toc">
          <a href="#prevalence">Prevalence</a> <a href="#heatmap">Heatmap</a> <Link to={outcomesRoute(id)}>Outcomes</Link>{" "}
          <Link to={replayRoute(id)}>Replay</Link>
        </nav>
      </header>
      <ProblemAlert problem={prevalence.error} onRetry={prevalence.reload} />
      {data === undefined ? (
        prevalence.loading && <Loading what="theme prevalence" />
      ) : (
        <>
          <p className="hint">
            Cohorts under the study's {toleranceLabel(data.tolerance)}; codebook version {data.codebookVersion}.
          </p>
          <section aria-labelledby="prevalence">
            <h2 id="prevalence">Prevalence</h2>
            {data.rows.length === 0 ? (
              <p className="empty">The codebook has no active theme.</p>
            ) : (
              <PrevalenceTable prevalence={data} />
            )}
          </section>
          <section aria-labelledby="heatmap">
            <h2 id="heatmap">Heatmap</h2>
            {data.cases.length === 0 ? (
              <p className="empty">No case is included yet: screening includes the cases that are judged here.</p>
            ) : (
              <Heatmap prevalence={data} showProgress={study.data?.myRole === "coder"} />
            )}
          </section>
        </>
      )}
    </main>
  );
}
