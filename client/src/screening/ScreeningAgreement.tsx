import { Link } from "react-router-dom";
import type { ApiProblem } from "../api/problem";
import { metricName } from "../agreement/metrics";
import { countsLine, formatValue, fullValue } from "../agreement/numbers";
import { OverallTable } from "../agreement/OverallTable";
import { PairTable } from "../agreement/PairTable";
import type { StudyAgreement } from "../agreement/types";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { headlineMetrics, metricValue, omittedReason, screeningSet } from "./agreement";

interface Props {
  studyId: string;
  agreement: StudyAgreement | undefined;
  loading: boolean;
  error: ApiProblem | undefined;
  onRetry: () => void;
}

/** Agreement on the screening verdicts, from the agreement engine: headline figures, all statistics, coder pairs. */
export function ScreeningAgreement({ studyId, agreement, loading, error, onRetry }: Props) {
  const set = screeningSet(agreement?.sets);
  return (
    <section className="screening-agreement" aria-labelledby="screening-agreement" data-testid="screening-agreement">
      <h3 id="screening-agreement">Agreement on screening</h3>
      <ProblemAlert problem={error} onRetry={onRetry} />
      {agreement === undefined ? (
        loading && <Loading what="agreement" />
      ) : set === undefined ? (
        <p className="empty">No screening decisions yet: agreement appears once coders record them.</p>
      ) : (
        <>
          <p className="meta muted">{countsLine(set)}</p>
          {set.problem && <p className="alert alert-note">{set.problem}</p>}
          <dl className="facts headline-metrics">
            {headlineMetrics.map((metric) => {
              const value = metricValue(set.report, metric);
              return (
                <div key={metric} className="fact">
                  <dt>{metricName(metric)}</dt>
                  <dd title={fullValue(value) ?? omittedReason(set.report, metric) ?? undefined} data-testid={`screening-${metric}`}>
                    {formatValue(value)}
                  </dd>
                </div>
              );
            })}
          </dl>
          {set.report && <OverallTable report={set.report} idPrefix="screening-agreement" />}
          {(set.report || set.pairs.length > 0) && <PairTable pairs={set.pairs} />}
        </>
      )}
      <p>
        <Link to={`/studies/${encodeURIComponent(studyId)}/agreement`}>All agreement for this study</Link>
      </p>
    </section>
  );
}
