import { achievementLabel } from "../outcomes/labels";
import { countryName } from "../ui/countries";
import { formatPercent } from "../ui/format";
import { Facts } from "../ui/Facts";
import type { Study } from "./types";

export function StudySettings({ study }: { study: Study }) {
  const { criteria } = study;
  return (
    <Facts
      facts={[
        { term: "Country", value: `${countryName(criteria.country)} (${criteria.country})` },
        { term: "Live window", value: `${criteria.liveFrom} to ${criteria.liveTo}` },
        { term: "Minimum distinct documents", value: criteria.minimumDistinctDocuments },
        {
          term: "Outcome tolerance",
          value: (
            <span data-testid="study-tolerance">
              {formatPercent(study.tolerance)} ({study.tolerance})
            </span>
          ),
        },
        {
          term: "Achievement basis",
          value: <span data-testid="study-achievement-basis">{achievementLabel(study.achievement)}</span>,
        },
      ]}
    />
  );
}
