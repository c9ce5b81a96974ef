import { Link } from "react-router-dom";
import { formatPercent } from "../ui/format";
import { outcomeCaseRoute } from "./api";
import { basisLabel, cohortKeys, cohortLabels } from "./labels";
import type { OutcomeCohorts } from "./types";

/** The number of cases in each cohort. */
export function CohortCounts({ cohorts }: { cohorts: OutcomeCohorts }) {
  return (
    <dl className="cohort-counts">
      {cohortKeys.map((key) => (
        <div key={key} className={`cohort-count cohort-${key}`}>
          <dt>{cohortLabels[key]}</dt>
          <dd data-testid={`cohort-count-${key}`}>{cohorts.counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One list per cohort: each case links to its assessment panel, with its ratio and basis. */
export function CohortLists({ cohorts }: { cohorts: OutcomeCohorts }) {
  return (
    <div className="cohort-lists">
      {cohortKeys.map((key) => (
        <section key={key} aria-labelledby={`cohort-${key}-title`} className={`cohort-list cohort-${key}`}>
          <h3 id={`cohort-${key}-title`}>
            {cohortLabels[key]} ({cohorts[key].length})
          </h3>
          {cohorts[key].length === 0 ? (
            <p className="empty">None.</p>
          ) : (
            <ul data-testid={`cohort-list-${key}`}>
              {cohorts[key].map((c) => (
                <li key={c.caseId}>
                  <Link to={outcomeCaseRoute(cohorts.studyId, c.caseId)}>{c.name}</Link>{" "}
                  <span className="ratio">{formatPercent(c.ratio)}</span>{" "}
                  <span className="basis hint">{c.basis === null ? "" : basisLabel(c.basis)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
