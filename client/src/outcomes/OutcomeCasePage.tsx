import { useCallback } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { caseTimelineRoute } from "../audit/api";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudy } from "../studies/api";
import { formatDateTime, formatPercent } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchOutcomeCase, outcomesRoute } from "./api";
import { AssessmentForm } from "./AssessmentForm";
import { Evidence } from "./Evidence";
import { achievementLabel, basisLabel, classificationLabel, cohortOf, ruleLabel, toleranceLabel } from "./labels";
import { OutcomeConsensusForm } from "./OutcomeConsensusForm";
import type { ClassifiedAssessment, OutcomeCaseView } from "./types";

export function OutcomeCasePage() {
  const { id = "", caseId = "" } = useParams();
  return <OutcomeCaseScreen key={`${id}/${caseId}`} id={id} caseId={caseId} />;
}

const ratioOrInsufficient = (ratio: number | null, insufficient: boolean) =>
  insufficient ? "insufficient outcome data" : formatPercent(ratio);

/** /studies/:id/outcomes/:caseId: the evidence and its corrections, my assessment and its history, the others' once I may see them. */
function OutcomeCaseScreen({ id, caseId }: { id: string; caseId: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const view = useResource(`outcomes:${id}:${caseId}`, (signal) => fetchOutcomeCase(id, caseId, signal));
  const { reload: reloadStudy } = study;
  const { reload: reloadView } = view;
  const reload = useCallback(() => {
    reloadStudy();
    reloadView();
  }, [reloadStudy, reloadView]);
  useLiveTopic(studyTopic(id), reload);
  const data = view.data;
  const isLead = study.data?.myRole === "lead";
  const canAssess = study.data?.myRole === "coder" || isLead;

  return (
    <main className="page outcome-case-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link> ›{" "}
          <Link to={outcomesRoute(id)}>Outcomes</Link> ›{" "}
          <Link to={caseTimelineRoute(id, caseId)} data-testid="audit-trail-link">
            Audit trail
          </Link>
        </p>
        <h1>{data?.name ?? caseId}</h1>
        {data && (
          <p className="hint">
            {toleranceLabel(data.tolerance)}; achievement measured on {achievementLabel(data.achievement)}.
          </p>
        )}
      </header>
      <ProblemAlert problem={view.error} onRetry={view.reload} />
      {data === undefined ? (
        view.loading && <Loading what="the case's outcomes" />
      ) : (
        <>
          <section aria-labelledby="classification">
            <h2 id="classification">Classification</h2>
            <p>
              <span
                data-testid="case-classification"
                className={`classification cohort-${cohortOf(data.classification ?? "unassessed")}`}
              >
                {data.classification === null ? "Hidden until you assess the case" : classificationLabel(data.classification)}
              </span>
              {data.classification !== null && data.ratio !== null && (
                <>
                  {" "}
                  at {formatPercent(data.ratio)} ({basisLabel(data.basis)})
                </>
              )}
            </p>
          </section>
          <div className="form-grid">
            <Evidence view={data} canContribute={canAssess} refetch={reload} />
            <section aria-labelledby="assessment" className="stack">
              <h2 id="assessment">Assessment</h2>
              <MyAssessment view={data} />
              {canAssess && <AssessmentForm key={data.caseId} view={data} refetch={reload} />}
              <History view={data} />
            </section>
          </div>
          <section aria-labelledby="others">
            <h2 id="others">Other coders</h2>
            <Others view={data} />
          </section>
          {isLead && (data.classification === "conflict" || data.consensus !== null) && (
            <section aria-labelledby="consensus">
              <h2 id="consensus">Consensus</h2>
              <OutcomeConsensusForm key={data.caseId} view={data} refetch={reload} />
            </section>
          )}
        </>
      )}
    </main>
  );
}

function AssessmentLine({ item }: { item: ClassifiedAssessment }) {
  const a = item.assessment;
  return (
    <>
      <strong>{classificationLabel(item.classification)}</strong>: {ratioOrInsufficient(a.ratio, a.insufficientData)} on{" "}
      {basisLabel(a.basis)}
      {a.rule && ` (${ruleLabel(a.rule)})`}
      {a.overrideReason && <> · overrides the suggested {formatPercent(a.suggestedRatio)}: {a.overrideReason}</>}
      {a.reason && <> · {a.reason}</>}
      {a.note && <> · note: {a.note}</>} <span className="hint">({formatDateTime(a.at)})</span>
    </>
  );
}

function MyAssessment({ view }: { view: OutcomeCaseView }) {
  if (view.myAssessment === null) return <p className="muted">You have not assessed this case yet.</p>;
  return (
    <p data-testid="my-assessment">
      Yours: <AssessmentLine item={view.myAssessment} />
    </p>
  );
}

function History({ view }: { view: OutcomeCaseView }) {
  if (view.myHistory.length === 0) return null;
  return (
    <details>
      <summary>Your history ({view.myHistory.length})</summary>
      <ol className="history" data-testid="my-history">
        {view.myHistory.map((h) => (
          <li key={h.version}>
            {formatDateTime(h.at)}: {ratioOrInsufficient(h.ratio, h.insufficientData)} on {basisLabel(h.basis)}
            {h.overrideReason && ` · override: ${h.overrideReason}`}
            {h.reason && ` · ${h.reason}`}
            {h.revisionReason && ` · revised because: ${h.revisionReason}`}
          </li>
        ))}
      </ol>
    </details>
  );
}

function Others({ view }: { view: OutcomeCaseView }) {
  if (view.othersHidden)
    return (
      <p className="muted" data-testid="others-hidden">
        {view.otherCoders === 0
          ? "No other coder has assessed this case."
          : `${view.otherCoders === 1 ? "One other coder has" : `${view.otherCoders} other coders have`} assessed this case; ` +
            "their assessments stay hidden until you record yours."}
      </p>
    );
  return (
    <>
      {view.others.length === 0 ? (
        <p className="muted">No other coder has assessed this case.</p>
      ) : (
        <ul data-testid="others">
          {view.others.map((o) => (
            <li key={o.assessment.coder}>
              {o.assessment.coder}: <AssessmentLine item={o} />
            </li>
          ))}
        </ul>
      )}
      {view.consensus && (
        <p data-testid="consensus">
          Consensus by {view.consensus.by}: {ratioOrInsufficient(view.consensus.ratio, view.consensus.insufficientData)} on{" "}
          {basisLabel(view.consensus.basis)} · {view.consensus.reason}{" "}
          <span className="hint">({formatDateTime(view.consensus.at)})</span>
        </p>
      )}
    </>
  );
}
