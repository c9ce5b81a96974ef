import { displayText } from "../ui/format";
import { Facts } from "../ui/Facts";
import type { IndigoRecord } from "./types";

const prose = (value: string | null | undefined) => <span className="prose">{displayText(value)}</span>;

export function CaseSectorPopulation({ record }: { record: IndigoRecord }) {
  return (
    <section aria-labelledby="case-sector">
      <h2 id="case-sector">Sector and population</h2>
      <Facts
        facts={[
          { term: "Policy sector", value: displayText(record.policySector) },
          { term: "Cohort size: targeted", value: displayText(record.targetedServiceUsers) },
          { term: "Cohort size: actually engaged", value: displayText(record.actualServiceUsersEngaged) },
          { term: "Social challenge", wide: true, value: prose(record.socialChallenge) },
          { term: "Intervention", wide: true, value: prose(record.intervention) },
          { term: "Target population", wide: true, value: prose(record.targetPopulation) },
        ]}
      />
    </section>
  );
}
