import { displayText, formatDate } from "../ui/format";
import type { MetricResult } from "./types";

function period(result: MetricResult): string {
  const start = result.periodStart ? formatDate(result.periodStart) : null;
  const end = result.periodEnd ? formatDate(result.periodEnd) : null;
  if (start && end) return `${start} – ${end}`;
  return start ?? end ?? "—";
}

export function MetricResults({ results, caption }: { results: MetricResult[]; caption: string }) {
  return (
    <table className="data-table results-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Result type</th>
          <th scope="col">Period</th>
          <th scope="col">Outcomes achieved</th>
          <th scope="col" className="num">
            Engaged
          </th>
          <th scope="col" className="num">
            With positive outcomes
          </th>
          <th scope="col">Other description</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result, i) => (
          <tr key={i}>
            <td>{displayText(result.resultType)}</td>
            <td className="nowrap">{period(result)}</td>
            <td className="prose">{displayText(result.outcomesAchieved)}</td>
            <td className="num">{displayText(result.numberEngaged)}</td>
            <td className="num">{displayText(result.numberWithPositiveOutcomes)}</td>
            <td className="prose">{displayText(result.otherDescription)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
