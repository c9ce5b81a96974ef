import { Link } from "react-router-dom";
import { countryName } from "../ui/countries";
import { displayText, formatCount, formatDate, formatMoney } from "../ui/format";
import type { CaseSummary } from "./types";

export function CaseTable({ cases, caption }: { cases: CaseSummary[]; caption: string }) {
  if (cases.length === 0) return <p className="empty">No cases match these filters.</p>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table case-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">INDIGO id</th>
            <th scope="col">Country</th>
            <th scope="col">Stage</th>
            <th scope="col">Policy sector</th>
            <th scope="col">Live date</th>
            <th scope="col">Outcome funds</th>
            <th scope="col" className="num">
              Max outcome payment
            </th>
            <th scope="col" className="num">
              Actual outcome payments
            </th>
            <th scope="col" className="num">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="case-name">
                <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.name}</Link>
              </th>
              <td className="mono nowrap">{c.id}</td>
              <td>{displayText((c.countries ?? []).map(countryName))}</td>
              <td>{displayText(c.stage)}</td>
              <td>{displayText(c.policySector)}</td>
              <td className="nowrap">{formatDate(c.liveDate)}</td>
              <td>{displayText(c.outcomeFunds)}</td>
              <td className="num">{formatMoney(c.maxOutcomePayment, c.currency)}</td>
              <td className="num">{formatMoney(c.actualOutcomePayments, c.currency)}</td>
              <td className="num">{formatCount(c.sourceCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
