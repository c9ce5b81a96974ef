import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { outcomeCaseRoute } from "../outcomes/api";
import { fetchStudy } from "../studies/api";
import { formatDateTime } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchCaseTimeline } from "./api";
import { asOfParameter, changeLabels, inclusionLabel, inOrder, outcomeLabel, statusChanges } from "./timeline";
import type { TimelineEntry, TimelineState } from "./types";

export function CaseTimelinePage() {
  const { id = "", caseId = "" } = useParams();
  return <CaseTimelineScreen key={`${id}/${caseId}`} id={id} caseId={caseId} />;
}

/** /studies/:id/cases/:caseId/timeline: every act on the case, oldest first, with the derived status changes it made. */
function CaseTimelineScreen({ id, caseId }: { id: string; caseId: string }) {
  const [draft, setDraft] = useState("");
  const [asOf, setAsOf] = useState<string | null>(null);
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const view = useResource(`timeline:${id}:${caseId}:${asOf ?? "now"}`, (signal) =>
    fetchCaseTimeline(id, caseId, asOf, signal),
  );
  useLiveTopic(studyTopic(id), view.reload);
  const data = view.data;

  const showAsOf = (event: FormEvent) => {
    event.preventDefault();
    setAsOf(asOfParameter(draft));
  };
  const showNow = () => {
    setDraft("");
    setAsOf(null);
  };

  return (
    <main className="page case-timeline-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link> ›{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/screening`}>Screening</Link> ›{" "}
          <Link to={outcomeCaseRoute(id, caseId)}>Outcomes of {data?.name ?? caseId}</Link>
        </p>
        <h1>
          Audit trail: <span data-testid="timeline-case-name">{data?.name ?? caseId}</span>
        </h1>
        <p className="hint">
          Every act on <span className="mono">{caseId}</span> in this study, oldest first, with the case's inclusion,
          classification and suggested ratio as they changed.
        </p>
      </header>
      <form className="as-of-form" onSubmit={showAsOf} data-testid="as-of-form">
        <label>
          As of{" "}
          <input
            type="datetime-local"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="as-of-input"
          />
        </label>{" "}
        <button type="submit">
          Show as of
        </button>{" "}
        <button type="button" className="button-secondary" onClick={showNow}>
          Now
        </button>
      </form>
      <ProblemAlert problem={view.error} onRetry={view.reload} />
      {data === undefined ? (
        view.loading && <Loading what="the case's audit trail" />
      ) : (
        <>
          {data.state && <StateAsOf state={data.state} asOf={asOf} />}
          <Entries entries={inOrder(data.entries)} asOf={asOf} />
        </>
      )}
    </main>
  );
}

function StateAsOf({ state, asOf }: { state: TimelineState; asOf: string | null }) {
  return (
    <p data-testid="state-as-of">
      {asOf === null ? "Now" : `As of ${formatDateTime(asOf)}`}: inclusion <strong>{inclusionLabel(state.inclusion)}</strong>
      , classification <strong>{outcomeLabel(state.classification)}</strong>.
    </p>
  );
}

function Entries({ entries, asOf }: { entries: TimelineEntry[]; asOf: string | null }) {
  if (entries.length === 0)
    return (
      <p className="muted" data-testid="timeline-empty">
        {asOf === null ? "Nothing has happened to this case in this study yet." : "Nothing had happened to this case by then."}
      </p>
    );
  return (
    <ol className="history timeline" data-testid="timeline">
      {entries.map((entry) => {
        const changes = statusChanges(entry);
        return (
          <li key={entry.sequence} data-testid="timeline-entry" className={changes.length > 0 ? "timeline-changed" : undefined}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · <strong>{entry.by}</strong> · {entry.what}
            {entry.reason && <> · “{entry.reason}”</>}
            {changes.map((change) => (
              <span key={change.kind} className="status-change" data-testid={`${change.kind}-change`}>
                {" "}
                <mark>
                  {changeLabels[change.kind]}: {change.text}
                </mark>
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
