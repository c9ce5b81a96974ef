import { plural } from "../ui/format";
import { MetricResults } from "./MetricResults";
import { OutcomeMetricView } from "./OutcomeMetricView";
import type { IndigoRecord } from "./types";

export function CaseOutcomeMetrics({ record }: { record: IndigoRecord }) {
  const metrics = record.outcomeMetrics ?? [];
  const projectResults = record.projectResults ?? [];
  return (
    <section aria-labelledby="case-metrics">
      <h2 id="case-metrics">Outcome metrics</h2>
      <p>{plural(metrics.length, "outcome metric")}</p>
      {metrics.map((metric, i) => (
        <OutcomeMetricView key={metric.id ?? i} metric={metric} index={i} currency={record.currency} />
      ))}
      {projectResults.length > 0 && (
        <MetricResults results={projectResults} caption="Results reported for the project as a whole" />
      )}
    </section>
  );
}
