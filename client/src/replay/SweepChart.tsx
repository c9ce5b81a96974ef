import { formatPercent } from "../ui/format";
import { sweepFrame as frame, sweepKeys, sweepPath, sweepPlot, sweepX, sweepY } from "./sweep";
import type { ReplayScenario } from "./types";

const names = { successful: "Successful", struggling: "Struggling" } as const;

/** Successful and struggling counts as the tolerance runs from 0 to 30%, with the study's and the chosen tolerance marked. */
export function SweepChart({ scenarios, current, chosen }: { scenarios: ReplayScenario[]; current: number; chosen: number }) {
  const plot = sweepPlot(scenarios);
  const bottom = frame.height - frame.bottom;
  return (
    <figure className="chart sweep-chart">
      <svg
        role="img"
        aria-label={`Successful and struggling cases at tolerances from 0% to 30% (${scenarios.length} tolerances).`}
        data-testid="sweep-chart"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width={frame.width}
        height={frame.height}
      >
        {plot.countTicks.map((v) => (
          <g key={`c${v}`} className="grid">
            <line x1={frame.left} x2={frame.width - frame.right} y1={sweepY(v, plot.maxCount)} y2={sweepY(v, plot.maxCount)} />
            <text x={frame.left - 6} y={sweepY(v, plot.maxCount) + 3} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {plot.toleranceTicks.map((t) => (
          <text key={`t${t}`} className="axis-label" x={sweepX(t)} y={bottom + 16} textAnchor="middle">
            {formatPercent(t)}
          </text>
        ))}
        <text className="axis-label" x={(frame.left + frame.width - frame.right) / 2} y={frame.height - 2} textAnchor="middle">
          Tolerance
        </text>
        <line className="marker marker-current" x1={sweepX(current)} x2={sweepX(current)} y1={frame.top} y2={bottom}>
          <title>{`The study's tolerance: ${formatPercent(current)}`}</title>
        </line>
        <line className="marker marker-chosen" x1={sweepX(chosen)} x2={sweepX(chosen)} y1={frame.top} y2={bottom}>
          <title>{`Chosen tolerance: ${formatPercent(chosen)}`}</title>
        </line>
        {sweepKeys.map((key) => (
          <g key={key} className={`series series-${key}`}>
            <path d={sweepPath(plot.series[key])} fill="none" />
            {plot.series[key].map((p) => (
              <circle key={p.tolerance} cx={p.x} cy={p.y} r={2.5}>
                <title>{`${names[key]} at tolerance ${formatPercent(p.tolerance)}: ${p.count}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {sweepKeys.map((key) => (
            <li key={key}>
              <svg className={`legend-swatch series series-${key}`} viewBox="0 0 26 10" width={26} height={10} aria-hidden="true">
                <line x1={1} x2={25} y1={5} y2={5} />
              </svg>
              {names[key]}
            </li>
          ))}
        </ul>
        <span className="hint">Solid marker: the study's tolerance; dashed: the one chosen above.</span>
      </figcaption>
    </figure>
  );
}
