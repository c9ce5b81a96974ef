import { formatPercent } from "../ui/format";
import { cohortFrame as frame, cohortPlot, ratioTicks, ratioX } from "./chart";
import { cohortLabels, toleranceLabel } from "./labels";
import type { OutcomeCohorts } from "./types";

/** Each assessed case as a dot at its achievement ratio, in its cohort's lane, with the tolerance line. */
export function CohortChart({ cohorts }: { cohorts: OutcomeCohorts }) {
  const plot = cohortPlot(cohorts);
  const bottom = frame.height - frame.bottom;
  const label = toleranceLabel(cohorts.tolerance);
  const summary =
    plot.dots.length === 0
      ? `No case has an achievement ratio yet; ${label}.`
      : `${plot.dots.length} cases by achievement ratio, 0 to ${formatPercent(plot.max)}; ${label}.`;
  return (
    <figure className="chart cohort-chart">
      <svg
        role="img"
        aria-label={summary}
        data-testid="cohort-chart"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width={frame.width}
        height={frame.height}
      >
        {ratioTicks(plot.max).map((tick) => (
          <g key={tick} className="grid">
            <line x1={ratioX(tick, plot.max)} x2={ratioX(tick, plot.max)} y1={frame.top} y2={bottom} />
            <text x={ratioX(tick, plot.max)} y={bottom + 16} textAnchor="middle">
              {formatPercent(tick)}
            </text>
          </g>
        ))}
        {plot.lanes.map((lane) => (
          <text key={lane.cohort} className="axis-label" x={frame.left - 8} y={lane.y + 4} textAnchor="end">
            {lane.label}
          </text>
        ))}
        <g className="tolerance-line">
          <line x1={plot.toleranceX} x2={plot.toleranceX} y1={frame.top - 4} y2={bottom} />
          <text x={plot.toleranceX} y={frame.top - 8} textAnchor="middle">
            {label}
          </text>
        </g>
        {plot.dots.map((dot) => (
          <circle key={dot.caseId} className={`dot cohort-${dot.cohort}`} cx={dot.x} cy={dot.y} r={5}>
            <title>{dot.title}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {(["successful", "struggling", "conflicts", "insufficientData"] as const).map((key) => (
            <li key={key}>
              <svg className="legend-swatch" viewBox="0 0 10 10" width={10} height={10} aria-hidden="true">
                <circle className={`dot cohort-${key}`} cx={5} cy={5} r={4} />
              </svg>
              {cohortLabels[key]}
            </li>
          ))}
        </ul>
        <span className="hint">Achievement ratio: actual over stated outcomes. Hover a dot for the case and its ratio.</span>
      </figcaption>
    </figure>
  );
}
