import { useCallback } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { readableTextOn } from "../../codebook/colours";
import type { Theme } from "../../codebook/types";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { fetchStudy } from "../../studies/api";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { formatDateTime, plural } from "../../ui/format";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useChange } from "../../ui/useChange";
import { fetchCaseJudgements, submitCaseJudgements, themesRoute } from "./api";
import { JudgementConsensusForm } from "./JudgementConsensusForm";
import { JudgementForm } from "./JudgementForm";
import { codingsFor } from "./judgementInput";
import { stateLabel } from "./labels";
import type { CaseJudgementsView, ThemeJudgement } from "./types";

export function CaseJudgementsPage() {
  const { id = "", caseId = "" } = useParams();
  return <CaseJudgementsScreen key={`${id}/${caseId}`} id={id} caseId={caseId} />;
}

/** "Present, strength 2 · the user panel" */
function JudgementLine({ judgement }: { judgement: ThemeJudgement }) {
  return (
    <>
      <strong>{judgement.present ? "Present" : "Absent"}</strong>
      {judgement.strength !== null && `, strength ${judgement.strength}`}
      {judgement.codingIds.length > 0 && ` · ${plural(judgement.codingIds.length, "supporting coding")}`}
      {judgement.note && <> · {judgement.note}</>}
    </>
  );
}

/** /studies/:id/judgements/:caseId: my judgement of each theme on the case, my submission, and the others' once I may see them. */
function CaseJudgementsScreen({ id, caseId }: { id: string; caseId: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const view = useResource(`judgements:${id}:${caseId}`, (signal) => fetchCaseJudgements(id, caseId, signal));
  const { reload: reloadStudy } = study;
  const { reload: reloadView } = view;
  const reload = useCallback(() => {
    reloadStudy();
    reloadView();
  }, [reloadStudy, reloadView]);
  useLiveTopic(studyTopic(id), reload);
  const data = view.data;

  return (
    <main className="page judgements-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link> ›{" "}
          <Link to={themesRoute(id)}>Themes by cohort</Link> ›{" "}
          <Link to={`/cases/${encodeURIComponent(caseId)}/documents`}>Documents</Link>
        </p>
        <h1>{data?.name ?? caseId}</h1>
        <p className="lede">
          Judge whether the case shows each theme of the codebook, citing your codings where they support it, then submit
          the case. Your judgements stay yours alone until you submit; the lead settles themes the coders disagree on.
        </p>
      </header>
      <ProblemAlert problem={view.error} onRetry={reload} />
      {data === undefined ? (
        view.loading && <Loading what="the case's judgements" />
      ) : (
        <CaseJudgements view={data} refetch={reload} />
      )}
    </main>
  );
}

function CaseJudgements({ view, refetch }: { view: CaseJudgementsView; refetch: () => void }) {
  const canJudge = (view.myRole === "coder" || view.myRole === "lead") && view.included !== false;
  return (
    <>
      {view.included === false && (
        <p role="alert" className="alert alert-error">
          This case is not included in the study: only included cases are judged for themes.
        </p>
      )}
      <section aria-labelledby="submission">
        <h2 id="submission">Your judgements</h2>
        {canJudge && (view.myRole === "coder" || view.mine !== null) && <Submission view={view} refetch={refetch} />}
        <Others view={view} />
      </section>
      <section aria-labelledby="themes">
        <h2 id="themes">Themes (codebook version {view.codebookVersion})</h2>
        <ol className="theme-list">
          {view.themes.map((theme) => (
            <ThemePanel key={theme.number} view={view} theme={theme} canJudge={canJudge} refetch={refetch} />
          ))}
        </ol>
      </section>
      {view.myHistory.length > 0 && (
        <details>
          <summary>Your history ({view.myHistory.length})</summary>
          <ol className="history" data-testid="judgement-history">
            {view.myHistory.map((h) => (
              <li key={h.version}>
                {formatDateTime(h.at)}: theme {h.theme} {h.present ? "present" : "absent"}
                {h.strength !== null && `, strength ${h.strength}`}
                {h.note && ` · ${h.note}`}
                {h.revisionReason && ` · revised because: ${h.revisionReason}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

const submitConflict =
  "Your judgements of this case changed since the page loaded them (in another window?), so the case was not submitted. " +
  "The page now shows them as they are: check them and submit again.";

function Submission({ view, refetch }: { view: CaseJudgementsView; refetch: () => void }) {
  const { feedback, run } = useChange(refetch, submitConflict);
  const judged = view.themes.filter((t) => view.mine?.themes.some((j) => j.theme === t.number)).length;
  if (view.mine?.submittedAt)
    return (
      <p data-testid="judgements-submitted">
        You submitted your judgements of this case on {formatDateTime(view.mine.submittedAt)}. You may still revise one, with
        a reason.
      </p>
    );
  return (
    <div className="panel stack">
      <p data-testid="judgements-progress">
        {judged} of {view.themes.length} themes judged.{" "}
        {judged < view.themes.length && "Judge every theme, then submit the case."}
      </p>
      <ChangeFeedbackView feedback={feedback} />
      <div>
        <button
          type="button"
          disabled={feedback.busy || judged < view.themes.length}
          onClick={() =>
            void run(
              () => submitCaseJudgements(view.studyId, view.caseId, view.myVersion),
              "Submitted your judgements of the case.",
            )
          }
        >
          Submit my judgements of this case
        </button>
      </div>
      <p className="hint">
        Once you submit, the lead and observers see your judgements and you see the other coders' submitted ones.
      </p>
    </div>
  );
}

function Others({ view }: { view: CaseJudgementsView }) {
  if (view.othersHidden)
    return (
      <p className="muted" data-testid="others-hidden">
        {view.otherCoders === 1 ? "One other coder has" : `${view.otherCoders} other coders have`} submitted their judgements
        of this case; they stay hidden until you submit yours.
      </p>
    );
  if (view.others.length === 0) return <p className="muted">No other coder has submitted judgements of this case yet.</p>;
  return (
    <p className="muted">
      Submitted by {view.others.map((o) => o.coder).join(", ")}: their judgements are shown under each theme.
    </p>
  );
}

interface ThemePanelProps {
  view: CaseJudgementsView;
  theme: Theme;
  canJudge: boolean;
  refetch: () => void;
}

function ThemePanel({ view, theme, canJudge, refetch }: ThemePanelProps) {
  const mine = view.mine?.themes.find((j) => j.theme === theme.number) ?? null;
  const verdict = view.verdicts.find((v) => v.theme === theme.number);
  const consensus = view.consensus.find((c) => c.theme === theme.number) ?? null;
  const settle = view.myRole === "lead" && verdict !== undefined && (verdict.state === "disagreement" || consensus !== null);
  const settleForm = (
    <JudgementConsensusForm
      studyId={view.studyId}
      caseId={view.caseId}
      theme={theme.number}
      current={consensus}
      expectedVersion={view.consensusVersion}
      refetch={refetch}
    />
  );
  const form = (
    <JudgementForm
      studyId={view.studyId}
      caseId={view.caseId}
      theme={theme.number}
      mine={mine}
      expectedVersion={view.myVersion}
      codings={codingsFor(theme.number, view.myCodings, view.themes)}
      refetch={refetch}
    />
  );
  return (
    <li
      className="theme-card judgement-theme"
      style={{ borderLeftColor: theme.colour }}
      data-testid={`judgement-theme-${theme.number}`}
    >
      <div className="theme-heading">
        <span className="theme-swatch" style={{ background: theme.colour, color: readableTextOn(theme.colour) }}>
          {theme.number}
        </span>
        <h3>{theme.name}</h3>
        {verdict && (
          <span className={`badge verdict-${verdict.state}`} data-testid={`verdict-${theme.number}`}>
            {stateLabel(verdict.state, verdict.byConsensus)}
          </span>
        )}
      </div>
      <details>
        <summary>Definition</summary>
        <p className="prose">{theme.definition}</p>
      </details>
      {(mine !== null || view.myRole === "coder") && (
        <p data-testid={`my-judgement-${theme.number}`}>
          {mine === null ? (
            <span className="muted">You have not judged this theme yet.</span>
          ) : (
            <>
              Yours: <JudgementLine judgement={mine} />
            </>
          )}
        </p>
      )}
      {canJudge && (view.myRole === "lead" ? <details><summary>Judge this theme yourself</summary>{form}</details> : form)}
      {view.others.length > 0 && (
        <ul className="others-judgements">
          {view.others.map((o) => {
            const theirs = o.themes.find((j) => j.theme === theme.number);
            return (
              <li key={o.coder}>
                {o.coder}: {theirs ? <JudgementLine judgement={theirs} /> : <span className="muted">not judged</span>}
              </li>
            );
          })}
        </ul>
      )}
      {consensus && (
        <p data-testid={`consensus-${theme.number}`}>
          Consensus by {consensus.by}: <strong>{consensus.present ? "present" : "absent"}</strong> · {consensus.reason}{" "}
          <span className="hint">({formatDateTime(consensus.at)})</span>
        </p>
      )}
      {settle && (consensus === null ? settleForm : <details><summary>Revise the consensus</summary>{settleForm}</details>)}
    </li>
  );
}
