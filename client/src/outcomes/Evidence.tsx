import { Link } from "react-router-dom";
import { ExternalLink } from "../ui/ExternalLink";
import { Facts } from "../ui/Facts";
import { displayText, formatMoney, formatPercent } from "../ui/format";
import { figureSources, sourceKey } from "./evidenceInput";
import { EvidenceForm } from "./EvidenceForm";
import { EvidenceHistory } from "./EvidenceHistory";
import { EvidenceMetrics } from "./EvidenceMetrics";
import { achievementLabel, ruleLabel, suggestionFor } from "./labels";
import { SourceNote } from "./SourceNote";
import type { OutcomeCaseView } from "./types";

interface Props {
  view: OutcomeCaseView;
  canContribute: boolean;
  refetch: () => void;
}

/** The case's outcome evidence: INDIGO's figures as the coders corrected them, each with its source, and the ratios suggested. */
export function Evidence({ view, canContribute, refetch }: Props) {
  const { payments, metrics, suggested, source, entries } = view.evidence;
  const sources = figureSources(entries);
  const money = (value: number | null) => formatMoney(value, payments.currency);
  const inForce = suggestionFor(suggested, view.achievement);
  return (
    <section aria-labelledby="evidence" className="outcome-evidence">
      <h2 id="evidence">Evidence</h2>
      <p className="hint" data-testid="evidence-source">
        Starts from {source.dataset}, record <Link to={`/cases/${encodeURIComponent(source.indigoId)}`}>{source.indigoId}</Link>{" "}
        (<ExternalLink href={source.page}>its page at the GO Lab</ExternalLink>); each value says where it comes from.
      </p>
      <h3>Outcome payments</h3>
      <Facts
        facts={[
          {
            term: "Maximum outcome payment",
            value: (
              <>
                {money(payments.maxOutcomePayment)} <SourceNote entry={sources.get(sourceKey(null, "max-outcome-payment"))} />
              </>
            ),
          },
          {
            term: "Actual outcome payments",
            value: (
              <span data-testid="actual-outcome-payments">
                {money(payments.actualOutcomePayments)} <SourceNote entry={sources.get(sourceKey(null, "actual-outcome-payments"))} />
              </span>
            ),
          },
          { term: "Currency", value: displayText(payments.currency) },
        ]}
      />
      <h3>Outcome metrics</h3>
      <EvidenceMetrics metrics={metrics} sources={sources} currency={payments.currency} />
      <h3>Suggested ratios</h3>
      <p className="hint" data-testid="suggestion-in-force">
        The study measures achievement on {achievementLabel(view.achievement)}: suggested {formatPercent(inForce)}.
      </p>
      <Facts
        facts={[
          { term: "Payments (actual over maximum)", value: formatPercent(suggested.payments) },
          { term: `Metrics: ${ruleLabel("all")}`, value: formatPercent(suggested.metricsAll) },
          { term: `Metrics: ${ruleLabel("mean")}`, value: formatPercent(suggested.metricsMean) },
          { term: `Metrics: ${ruleLabel("payment-weighted")}`, value: formatPercent(suggested.metricsPaymentWeighted) },
        ]}
      />
      <h3>Corrections and additions ({entries.length})</h3>
      <EvidenceHistory evidence={view.evidence} />
      {canContribute && <EvidenceForm key={view.caseId} view={view} refetch={refetch} />}
    </section>
  );
}
