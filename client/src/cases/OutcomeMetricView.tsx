import { displayText, plural } from "../ui/format";
import { Facts } from "../ui/Facts";
import { latestResults } from "./latestResults";
import { MetricResults } from "./MetricResults";
import { describePrice, metricPrices } from "./prices";
import type { OutcomeMetric } from "./types";

interface Props {
  metric: OutcomeMetric;
  index: number;
  currency: string | null | undefined;
}

/** One outcome metric: its definition, target, price and latest result(s), all results on demand. */
export function OutcomeMetricView({ metric, index, currency }: Props) {
  const [headline, ...rest] = (metric.definition ?? "").split("\n");
  const prices = metricPrices(metric, currency);
  const all = metric.results ?? [];
  const latest = latestResults(all);
  return (
    <article className="metric">
      <h3>{headline?.trim() || `Outcome metric ${index + 1}`}</h3>
      {rest.length > 0 && <p className="prose">{rest.join("\n").trim()}</p>}
      <Facts
        facts={[
          { term: "Target population", value: displayText(metric.targetPopulation) },
          { term: "Targeted service users", value: displayText(metric.targetedServiceUsers) },
          { term: "Validation method", value: displayText(metric.validationMethod) },
          { term: "Price", value: prices.length === 0 ? "—" : prices.map(describePrice).join(" · ") },
          { term: "Target", wide: true, value: <span className="prose">{displayText(metric.target)}</span> },
          ...(metric.otherTarget
            ? [
                {
                  term: "Other target",
                  wide: true,
                  value: <span className="prose">{displayText(metric.otherTarget)}</span>,
                },
              ]
            : []),
        ]}
      />
      {latest.length === 0 ? (
        <p className="muted">No results recorded.</p>
      ) : (
        <MetricResults results={latest} caption={latest.length === 1 ? "Latest result" : "Latest results"} />
      )}
      {all.length > latest.length && (
        <details>
          <summary>All {plural(all.length, "result")}</summary>
          <MetricResults results={all} caption="All results" />
        </details>
      )}
    </article>
  );
}
