import { useCallback, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { ApiProblem } from "../api/problem";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { classificationLabel, toleranceLabel } from "../outcomes/labels";
import { outcomeCaseRoute, outcomesRoute } from "../outcomes/api";
import { fetchStudy } from "../studies/api";
import { formatPercent } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchReplay } from "./api";
import { countRows, roundTolerance, scenarioAt, sliderMax, sliderMin, sliderStep, sweepTolerances } from "./sweep";
import { SweepChart } from "./SweepChart";

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
          Sensitivity analysis: the study's recorded assessments replayed under another tolerance. Nothing is changed;
          the cases that would change cohort are listed.
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
        <Replay id={id} current={study.data.tolerance} />
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

function Replay({ id, current }: { id: string; current: number }) {
  const [chosen, setChosen] = useState(() => roundTolerance(current));
  const same = Math.abs(chosen - current) < 1e-6;
  const pair = same ? [current] : [current, chosen];
  const compare = useResource(`replay:${id}:${pair.join(",")}`, (signal) => fetchReplay(id, pair, signal));
  const sweepList = sweepTolerances();
  const sweep = useResource(`replay:${id}:sweep`, (signal) => fetchReplay(id, sweepList, signal));
  const { reload: reloadCompare } = compare;
  const { reload: reloadSweep } = sweep;
  const reload = useCallback(() => {
    reloadCompare();
    reloadSweep();
  }, [reloadCompare, reloadSweep]);
  useLiveTopic(studyTopic(id), reload);

  const real = scenarioAt(compare.data, current);
  const replayed = scenarioAt(compare.data, chosen);
  const rows = countRows(real, replayed);

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
        <ReplayProblem problem={compare.error} onRetry={compare.reload} />
        {compare.data === undefined ? (
          compare.loading && <Loading what="the replay" />
        ) : (
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
                    Replayed ({formatPercent(chosen)})
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
                  {same ? "This is the study's own tolerance: nothing flips." : "No case changes cohort."}
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
                        <td>{classificationLabel(f.from)}</td>
                        <td>→ {classificationLabel(f.to)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </div>
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
