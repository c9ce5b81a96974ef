import { formatValue, formatCoverage, formatInterval, formatProbabilityBelow, fullValue } from "./numbers";
import { intervalMethods } from "./footnotes";
import { isAlpha, metricName } from "./metrics";
import type { AgreementReport, MetricResult } from "./types";

/** Every statistic for the whole label set, then those that do not apply and why. */
export function OverallTable({ report, idPrefix }: { report: AgreementReport; idPrefix: string }) {
  const methods = intervalMethods(report.results);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table agreement-table">
          <caption>Overall</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Level</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col" className="num">
                95% interval
              </th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((result) => (
              <ResultRow key={result.metric} result={result} methods={methods} idPrefix={idPrefix} />
            ))}
            {report.omitted.map((omitted) => (
              <tr key={omitted.metric} className="omitted">
                <th scope="row">{metricName(omitted.metric)}</th>
                <td colSpan={4} className="muted">
                  not applicable: {omitted.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {methods.length > 0 && (
        <ol className="footnotes" aria-label="How the intervals were computed">
          {methods.map((method, i) => (
            <li key={method} id={`${idPrefix}-method-${i + 1}`}>
              {method}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function ResultRow({ result, methods, idPrefix }: { result: MetricResult; methods: string[]; idPrefix: string }) {
  const interval = result.confidenceInterval;
  const footnote = interval ? methods.indexOf(interval.method.trim()) + 1 : 0;
  const notes = [
    ...(result.standardError !== null ? [`standard error ${formatValue(result.standardError)}`] : []),
    ...(result.probabilityBelow ?? []).map(formatProbabilityBelow),
    ...result.notes,
  ];
  return (
    <tr>
      <th scope="row">{metricName(result.metric)}</th>
      <td>{result.level ?? "—"}</td>
      <td
        className="num"
        title={fullValue(result.value)}
        data-testid={isAlpha(result.metric) ? "alpha-value" : undefined}
      >
        {formatValue(result.value)}
      </td>
      <td className="num" title={interval?.method}>
        {formatInterval(interval)}
        {interval && interval.level !== 0.95 && ` (${formatCoverage(interval.level)})`}
        {footnote > 0 && (
          <sup>
            <a href={`#${idPrefix}-method-${footnote}`} aria-label={`Interval method ${footnote}`}>
              {footnote}
            </a>
          </sup>
        )}
      </td>
      <td>
        {notes.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="cell-list">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
