import { useCallback } from "react";
import { Link } from "react-router-dom";
import { useResource } from "../api/useResource";
import { caseTimelineRoute } from "../audit/api";
import { catalogueTopic, studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import type { Criteria } from "../studies/types";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchScreeningCase } from "./api";
import { CaseFacts } from "./CaseFacts";
import { DecisionForm } from "./DecisionForm";
import { HintList } from "./HintList";
import { MyDecision } from "./MyDecision";
import { OthersDecisions } from "./OthersDecisions";

interface Props {
  studyId: string;
  caseId: string;
  criteria: Criteria | undefined;
  nameOf: (userName: string) => string;
  /** After I record a decision: the queue's progress and the flow change too. */
  onDecided: () => void;
}

/** The case at hand: INDIGO's facts, the criteria hints, the decision form, my decisions and (once revealed) the others'. */
export function CasePanel({ studyId, caseId, criteria, nameOf, onDecided }: Props) {
  const view = useResource(`screening-case:${studyId}:${caseId}`, (signal) =>
    fetchScreeningCase(studyId, caseId, signal),
  );
  const { reload } = view;
  useLiveTopic(studyTopic(studyId), reload);
  useLiveTopic(catalogueTopic, reload);
  const refetch = useCallback(() => {
    reload();
    onDecided();
  }, [reload, onDecided]);
  const data = view.data;

  return (
    <article className="case-panel" aria-labelledby="current-case" data-testid="current-case">
      <ProblemAlert problem={view.error} onRetry={reload} />
      {data === undefined ? (
        view.loading && <Loading what="the case" />
      ) : (
        <>
          <h3 id="current-case">
            <Link to={`/cases/${encodeURIComponent(data.caseId)}`}>{data.name}</Link>{" "}
            <span className="mono muted">{data.caseId}</span>
          </h3>
          <p>
            <Link to={caseTimelineRoute(studyId, data.caseId)} data-testid="audit-trail-link">
              Audit trail
            </Link>
          </p>
          <CaseFacts facts={data.facts} eligibleDocuments={data.eligibleDocuments} />
          <h4>Criteria hints</h4>
          <p className="hint">Automatic checks against INDIGO and the document register: hints only, never applied.</p>
          <HintList hints={data.hints} criteria={criteria} />
          {data.assignedToMe ? (
            <DecisionForm key={data.caseId} view={data} criteria={criteria} refetch={refetch} />
          ) : (
            <p className="alert alert-note">You are not assigned to this case, so you cannot screen it.</p>
          )}
          <h4>Your decisions</h4>
          <MyDecision decision={data.myDecision} history={data.myHistory} criteria={criteria} />
          <h4>Other coders</h4>
          <OthersDecisions view={data} criteria={criteria} nameOf={nameOf} />
        </>
      )}
    </article>
  );
}
