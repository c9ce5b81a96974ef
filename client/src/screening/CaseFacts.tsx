import { Link } from "react-router-dom";
import type { CaseSummary } from "../catalogue/types";
import { countryName } from "../ui/countries";
import { displayText, formatDate, formatMoney, plural } from "../ui/format";
import { Facts } from "../ui/Facts";

/** INDIGO's facts about a case, and its distinct documents, beside a screening decision. */
export function CaseFacts({ facts, eligibleDocuments }: { facts: CaseSummary; eligibleDocuments: number }) {
  const money = (amount: number | null | undefined) => formatMoney(amount, facts.currency);
  const casePath = `/cases/${encodeURIComponent(facts.id)}`;
  return (
    <>
      <Facts
        facts={[
          { term: "Country", value: displayText((facts.countries ?? []).map(countryName)) },
          { term: "Live date", value: formatDate(facts.liveDate) },
          { term: "Policy sector", value: displayText(facts.policySector) },
          { term: "Stage", value: displayText(facts.stage) },
          { term: "Maximum outcome payment", value: money(facts.maxOutcomePayment) },
          { term: "Actual outcome payments", value: money(facts.actualOutcomePayments) },
        ]}
      />
      <p>
        <span data-testid="case-eligible-documents">
          {plural(eligibleDocuments, "eligible distinct document")}
        </span>{" "}
        <span className="muted">(reviews, evaluations, commentaries, academic articles)</span> ·{" "}
        <Link to={`${casePath}/documents`}>Documents of this case</Link> · <Link to={casePath}>INDIGO record</Link>
      </p>
    </>
  );
}
