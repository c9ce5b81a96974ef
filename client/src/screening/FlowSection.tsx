import type { Resource } from "../api/useResource";
import type { StudyAgreement } from "../agreement/types";
import type { Criteria } from "../studies/types";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { FlowCases } from "./FlowCases";
import { FlowDiagram } from "./FlowDiagram";
import { ScreeningAgreement } from "./ScreeningAgreement";
import type { ScreeningFlow } from "./types";

interface Props {
  studyId: string;
  flow: Resource<ScreeningFlow>;
  agreement: Resource<StudyAgreement>;
  criteria: Criteria | undefined;
}

/** The PRISMA-style flow diagram and, beside it, the agreement on screening decisions. */
export function FlowSection({ studyId, flow, agreement, criteria }: Props) {
  return (
    <section aria-labelledby="flow">
      <h2 id="flow">Screening flow and agreement</h2>
      <ProblemAlert problem={flow.error} onRetry={flow.reload} />
      <div className="flow-layout">
        <div>
          {flow.data === undefined ? (
            flow.loading && <Loading what="the screening flow" />
          ) : (
            <>
              <FlowDiagram flow={flow.data} criteria={criteria} />
              <FlowCases cases={flow.data.cases} criteria={criteria} />
            </>
          )}
        </div>
        <ScreeningAgreement
          studyId={studyId}
          agreement={agreement.data}
          loading={agreement.loading}
          error={agreement.error}
          onRetry={agreement.reload}
        />
      </div>
    </section>
  );
}
