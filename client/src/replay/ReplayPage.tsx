import { useCallback, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { ApiProblem } from "../api/problem";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { classificationLabel, toleranceLabel } from "../outcomes/labels";
import { outcomeCaseRoute, outcomesRoute } from "../outcomes/api";
import { fetchStudy } from "../studies/api";
import { formatCount, formatPercent } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchReplay, streamReplay } from "./api";
import { countRows, roundTolerance, scenarioAt, sliderMax, sliderMin, sliderStep, sweepTolerances } from "./sweep";
import { SweepChart } from "./SweepChart";
import { ReplayThemes } from "./ReplayThemes";
import type { ReplayProgress } from "./types";

export function ReplayPage() {
  const { id = "" } = useParams();
  return <ReplayView key={id} id={id} />;
}

/** /studies/:id/replay: the same recorded decisions replayed under another tolerance, and swept from 0 to 30%. */
function ReplayView({ id }: { id: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  useLiveTopic(studyTopic(id), study.reload);
  const studyPath = `/studies/${encodeURIComponent(id)}`;
  return (
    <main className="page replay-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={studyPath}>{study.data?.name ?? id}</Link>
        </p>
        <h1>
          Replay{study.data && <span className="title-study"> · {study.data.name}</span>}
        </h1>
        <p className="lede">
          Sensitivity analysis: the study's recorded decisions replayed under another tolerance and another minimum of
          distinct documents. Nothing is changed; the cases that would change cohort are listed.
        </p>
        <nav aria-label="On this page" className="toc">
          <a href="#compare">Chosen tolerance</a> <a href="#sweep">Sweep</a>{" "}
          <Link to={outcomesRoute(id)}>Outcomes</Link>
        </nav>
      </header>
      <ProblemAlert problem={study.error} onRetry={study.reload} />
      {study.data === undefined ? (
        study.loading && <Loading what="the study" />
      ) : (
        <Replay id={id} current={study.data.tolerance} currentMinimum={study.data.criteria.minimumDistinctDocuments} />
      )}
    </main>
  );
}

function ReplayProblem({ problem, onRetry }: { problem: ApiProblem | undefined; onRetry: () => void }) {
  if (problem?.status === 404)
    return (
      <div role="alert" className="alert alert-error" data-testid="replay-unavailable">
        <p>
          Replay is not available on this server yet (it answered 404 for the replay endpoint). The cohorts under the
          study's own tolerance are on the Outcomes page.
        </p>
        {problem.detail && <p>{problem.detail}</p>}
      </div>
    );
  return <ProblemAlert problem={problem} onRetry={onRetry} />;
}

/** "excluded": outside the included cases under one of the two minimums of distinct documents. */
const flipLabel = (side: string) => (side === "excluded" ? "Not included" : classificationLabel(side));

function ReplayProgressBar({ progress }: { progress: ReplayProgress | undefined }) {
  if (progress === undefined) return <Loading what="the replay" />;
  return (
    <div className="replay-progress" data-testid="replay-progress">
      <progress max={100} value={progress.percent} aria-label="Replay progress" />
      <span>
        {progress.percent}% · {formatCount(progress.read)} of {formatCount(progress.total)} events ·{" "}
        {formatCount(Math.round(progress.eventsPerSecond))} events/s
      </span>
    </div>
  );
}

function Replay({ id, current, currentMinimum }: { id: string; current: number; currentMinimum: number }) {
  const [chosen, setChosen] = useState(() => roundTolerance(current));
  const [minimum, setMinimum] = useState(currentMinimum);
  const [progress, setProgress] = useState<ReplayProgress>();
  const same = Math.abs(chosen - current) < 1e-6 && minimum === currentMinimum;
  const real = useResource(`replay:${id}:real:${current}`, (signal) => fetchReplay(id, [current], signal));
  const compare = useResource(`replay:${id}:${chosen}:${minimum}`, (signal) => {
    setProgress(undefined);
    return streamReplay(id, [chosen], signal, setProgress, { minimumDistinctDocuments: minimum });
  });
  const sweepList = sweepTolerances();
  const sweep = useResource(`replay:${id}:sweep:${minimum}`, (signal) =>
    fetchReplay(id, sweepList, signal, { minimumDistinctDocuments: minimum }),
  );
  const { reload: reloadReal } = real;
  const { reload: reloadCompare } = compare;
  const { reload: reloadSweep } = sweep;
  const reload = useCallback(() => {
    reloadReal();
    reloadCompare();
    reloadSweep();
  }, [reloadReal, reloadCompare, reloadSweep]);
  useLiveTopic(studyTopic(id), reload);

  const replayed = scenarioAt(compare.data, chosen);
  const rows = countRows(scenarioAt(real.data, current), replayed);

  return (
    <>
      <section aria-labelledby="compare">
        <h2 id="compare">Chosen tolerance</h2>
        <div className="field">
          <label htmlFor="replay-tolerance">Tolerance</label>
          <input
            id="replay-tolerance"
            data-testid="replay-tolerance"
            type="range"
            min={sliderMin}
            max={sliderMax}
            step={sliderStep}
            value={chosen}
            aria-valuetext={formatPercent(chosen)}
            onChange={(e) => setChosen(roundTolerance(Number(e.target.value)))}
          />
          <p className="hint">
            Replayed: {toleranceLabel(chosen)}. The study's own: {toleranceLabel(current)}.
          </p>
        </div>
        <div className="field">
          <label htmlFor="replay-minimum">Minimum distinct documents for inclusion</label>
          <input
            id="replay-minimum"
            data-testid="replay-minimum"
            type="number"
            min={1}
            max={100}
            step={1}
            value={minimum}
            onChange={(e) => {
              const value = Math.round(Number(e.target.value));
              if (value >= 1 && value <= 100) setMinimum(value);
            }}
          />
          <p className="hint">
            The study's own: {currentMinimum}. A case the coders included counts at least {currentMinimum}; one they
            excluded for too few documents at most {currentMinimum - 1}; beyond that its register's eligible documents
            decide. Other exclusions stand.
          </p>
        </div>
        <ReplayProblem problem={compare.error ?? real.error} onRetry={reload} />
        {compare.loading && <ReplayProgressBar progress={progress} />}
        {compare.data === undefined || real.data === undefined ? null : (
          <div className="form-grid">
            <table className="data-table replay-counts">
              <caption>Cases per cohort</caption>
              <thead>
                <tr>
                  <th scope="col">Cohort</th>
                  <th scope="col" className="num">
                    Real ({formatPercent(current)})
                  </th>
                  <th scope="col" className="num">
                    Replayed ({formatPercent(chosen)}, ≥ {minimum} documents)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="num" data-testid={`replay-real-${row.key}`}>
                      {row.real ?? "—"}
                    </td>
                    <td className="num" data-testid={`replay-replayed-${row.key}`}>
                      {row.replayed ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              <h3>Cases that flip</h3>
              {replayed === undefined || replayed.flipped.length === 0 ? (
                <p className="empty">
                  {same ? "These are the study's own settings: nothing flips." : "No case changes cohort."}
                </p>
              ) : (
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Case</th>
                      <th scope="col">Real</th>
                      <th scope="col">Replayed</th>
                    </tr>
                  </thead>
                  <tbody>
                    {replayed.flipped.map((f) => (
                      <tr key={f.caseId} data-testid="flipped-case">
                        <th scope="row">
                          <Link to={outcomeCaseRoute(id, f.caseId)}>{f.name}</Link>
                        </th>
                        <td>{flipLabel(f.from)}</td>
                        <td>→ {flipLabel(f.to)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </div>
        )}
        {compare.data !== undefined && real.data !== undefined && (
          <>
            <h3>Themes</h3>
            <p className="hint">
              Each theme's prevalence in the cohorts as they stand and as replayed; rows the replay changes are marked.
            </p>
            <ReplayThemes real={scenarioAt(real.data, current)} replayed={replayed} current={current} chosen={chosen} />
          </>
        )}
      </section>
      <section aria-labelledby="sweep">
        <h2 id="sweep">Sweep</h2>
        <p className="lede">Successful and struggling cases at every tolerance from 0% to 30%, one point per percent.</p>
        <ReplayProblem problem={sweep.error} onRetry={sweep.reload} />
        {sweep.data === undefined
          ? sweep.loading && <Loading what="the sweep" />
          : <SweepChart scenarios={sweep.data.scenarios} current={current} chosen={chosen} />}
      </section>
    </>
  );
}
