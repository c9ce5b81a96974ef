import { displayText, formatCount, formatMoney, formatPercent } from "../ui/format";
import { figureLabel, metricFigures, sourceKey } from "./evidenceInput";
import { SourceNote } from "./SourceNote";
import type { EvidenceEntry, MetricAchievement } from "./types";

interface Props {
  metrics: MetricAchievement[];
  sources: Map<string, EvidenceEntry>;
  currency: string | null;
}

/** The outcome metrics as corrected: INDIGO's text where nobody corrected a figure, the given number where someone did. */
export function EvidenceMetrics({ metrics, sources, currency }: Props) {
  if (metrics.length === 0) return <p className="muted">INDIGO records no outcome metrics for this case, and nobody has added one.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="evidence-metrics">
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
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => {
            const given = metricFigures.flatMap((f) => {
              const entry = sources.get(sourceKey(m.key, f));
              return entry === undefined ? [] : [{ figure: f, entry }];
            });
            const corrected = (figure: string) => given.some((g) => g.figure === figure);
            return (
              <tr key={m.key}>
                <th scope="row">
                  {displayText(m.definition ?? m.metricId)} <span className="hint mono">{m.key}</span>
                </th>
                <td>{corrected("target") ? formatCount(m.targetNumber) : displayText(m.targetedServiceUsers ?? m.target)}</td>
                <td>
                  {corrected("achieved") ? formatCount(m.achieved) : displayText(m.numberWithPositiveOutcomes ?? m.outcomesAchieved)}
                  {m.resultType && !corrected("achieved") && (
                    <span className="hint">
                      {" "}
                      ({m.resultType}
                      {m.resultPeriodEnd ? `, to ${m.resultPeriodEnd}` : ""})
                    </span>
                  )}
                </td>
                <td className="num">{formatPercent(m.ratio)}</td>
                <td className="num">{formatMoney(m.maximumPayment, currency)}</td>
                <td>
                  {given.length === 0 ? (
                    <SourceNote entry={undefined} />
                  ) : (
                    given.map((g) => (
                      <span key={g.figure} className="source-line">
                        {figureLabel(g.figure)}: <SourceNote entry={g.entry} />
                      </span>
                    ))
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
