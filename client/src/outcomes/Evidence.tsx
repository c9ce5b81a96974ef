import { Link } from "react-router-dom";
import { ExternalLink } from "../ui/ExternalLink";
import { Facts } from "../ui/Facts";
import { displayText, formatMoney, formatPercent } from "../ui/format";
import { ruleLabel } from "./labels";
import type { OutcomeEvidence } from "./types";

/** INDIGO's outcome evidence for a case: payments, metrics and the ratios suggested from them, with the source. */
export function Evidence({ evidence }: { evidence: OutcomeEvidence }) {
  const { payments, metrics, suggested, source } = evidence;
  return (
    <section aria-labelledby="evidence" className="outcome-evidence">
      <h2 id="evidence">Evidence</h2>
      <p className="hint" data-testid="evidence-source">
        Source: {source.dataset}, record <Link to={`/cases/${encodeURIComponent(source.indigoId)}`}>{source.indigoId}</Link>{" "}
        (<ExternalLink href={source.page}>its page at the GO Lab</ExternalLink>).
      </p>
      <h3>Outcome payments</h3>
      <Facts
        facts={[
          { term: "Maximum outcome payment", value: formatMoney(payments.maxOutcomePayment, payments.currency) },
          { term: "Actual outcome payments", value: formatMoney(payments.actualOutcomePayments, payments.currency) },
          { term: "Currency", value: displayText(payments.currency) },
        ]}
      />
      <h3>Outcome metrics</h3>
      {metrics.length === 0 ? (
        <p className="muted">INDIGO records no outcome metrics for this case.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Target</th>
                <th scope="col">Result</th>
                <th scope="col" className="num">
                  Ratio
                </th>
                <th scope="col" className="num">
                  Maximum payment
                </th>
              </tr>
            </thead>
            <tbody>
              {metrics.map((m, i) => (
                <tr key={m.metricId ?? i}>
                  <th scope="row">{displayText(m.definition ?? m.metricId)}</th>
                  <td>{displayText(m.targetedServiceUsers ?? m.target)}</td>
                  <td>
                    {displayText(m.numberWithPositiveOutcomes ?? m.outcomesAchieved)}
                    {m.resultType && (
                      <span className="hint">
                        {" "}
                        ({m.resultType}
                        {m.resultPeriodEnd ? `, to ${m.resultPeriodEnd}` : ""})
                      </span>
                    )}
                  </td>
                  <td className="num">{formatPercent(m.ratio)}</td>
                  <td className="num">{formatMoney(m.maximumPayment, payments.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Suggested ratios</h3>
      <Facts
        facts={[
          { term: "Payments (actual over maximum)", value: formatPercent(suggested.payments) },
          { term: `Metrics: ${ruleLabel("all")}`, value: formatPercent(suggested.metricsAll) },
          { term: `Metrics: ${ruleLabel("mean")}`, value: formatPercent(suggested.metricsMean) },
          { term: `Metrics: ${ruleLabel("payment-weighted")}`, value: formatPercent(suggested.metricsPaymentWeighted) },
        ]}
      />
    </section>
  );
}
