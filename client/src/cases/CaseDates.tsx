import { displayText, formatDate } from "../ui/format";
import { Facts } from "../ui/Facts";
import type { CaseDetail } from "./types";

export function CaseDates({ detail }: { detail: CaseDetail }) {
  const r = detail.record;
  return (
    <section aria-labelledby="case-dates">
      <h2 id="case-dates">Dates</h2>
      <Facts
        facts={[
          { term: "Live", value: formatDate(detail.summary.liveDate) },
          { term: "Outcomes contract signed", value: formatDate(r.outcomesContractSigned) },
          { term: "Service provision started", value: formatDate(r.serviceProvisionStart) },
          { term: "Service provision end (anticipated)", value: formatDate(r.anticipatedServiceEnd) },
          { term: "Service provision end (actual)", value: formatDate(r.actualServiceEnd) },
          { term: "Completion (anticipated)", value: formatDate(r.anticipatedCompletion) },
          { term: "Completion (actual)", value: formatDate(r.actualCompletion) },
          {
            term: "Anticipated duration of service provision",
            value: r.anticipatedDurationMonths == null ? "—" : `${displayText(r.anticipatedDurationMonths)} months`,
          },
        ]}
      />
    </section>
  );
}
