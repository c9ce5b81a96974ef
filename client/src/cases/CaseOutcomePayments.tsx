import { displayText, formatMoney, ratioOf } from "../ui/format";
import { Facts } from "../ui/Facts";
import { RatioBar } from "../ui/RatioBar";
import type { IndigoRecord } from "./types";

export function CaseOutcomePayments({ record }: { record: IndigoRecord }) {
  const money = (amount: number | null | undefined) => formatMoney(amount, record.currency);
  const ratio = ratioOf(record.actualOutcomePayments, record.maxOutcomePayment);
  const payers = record.outcomePayers ?? [];
  return (
    <section aria-labelledby="case-payments">
      <h2 id="case-payments">Outcome payments</h2>
      <Facts
        facts={[
          { term: "Currency", value: displayText(record.currency) },
          { term: "Maximum potential outcome payment", value: money(record.maxOutcomePayment) },
          { term: "Actual outcome payments made", value: money(record.actualOutcomePayments) },
          { term: "Total outcome payments made", value: money(record.totalOutcomePaymentsMade) },
          { term: "Planned outcome payments", value: money(record.plannedOutcomePayments) },
          { term: "Total investment commitment", value: money(record.totalInvestmentCommitment) },
        ]}
      />
      {ratio === null ? (
        <p className="muted">
          No comparison of actual to maximum outcome payments: INDIGO does not record both for this case.
        </p>
      ) : (
        <RatioBar ratio={ratio} label="Actual outcome payments as a share of the maximum" />
      )}
      <h3>Outcome payers</h3>
      {payers.length === 0 ? (
        <p className="muted">No outcome payers recorded.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Outcome payer</th>
              <th scope="col" className="num">
                Maximum potential payment
              </th>
              <th scope="col" className="num">
                Total payments made
              </th>
            </tr>
          </thead>
          <tbody>
            {payers.map((payer, i) => (
              <tr key={`${payer.organisationName ?? ""}-${i}`}>
                <th scope="row">{displayText(payer.organisationName)}</th>
                <td className="num">{formatMoney(payer.maximumPotentialPayment, payer.currency ?? record.currency)}</td>
                <td className="num">{formatMoney(payer.totalPaymentsMade, payer.currency ?? record.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
