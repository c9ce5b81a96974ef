import { formatDate } from "../ui/format";
import {
  chartFrame as frame,
  chartSummary,
  gridValues,
  inTimeOrder,
  linePath,
  plotSeries,
  pointTitle,
  seriesKeys,
  seriesNames,
  valueDomain,
  xOf,
  yOf,
} from "./chart";
import type { AgreementPoint } from "./types";

/** Percent agreement and Krippendorff's alpha as labels landed: a small SVG line chart with a legend. */
export function AgreementChart({ points: given }: { points: AgreementPoint[] }) {
  if (given.length === 0) return <p className="empty">No points yet: agreement is charted as labels land.</p>;
  const points = inTimeOrder(given);
  const domain = valueDomain(points);
  const summary = chartSummary(points);
  const first = points[0];
  const last = points[points.length - 1];
  const bottom = frame.height - frame.bottom;
  const radius = points.length > 40 ? 2 : 3.5;
  return (
    <figure className="chart agreement-chart">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width={frame.width}
        height={frame.height}
      >
        {gridValues(domain).map((value) => (
          <g key={value} className={value === 0 ? "grid grid-zero" : "grid"}>
            <line x1={frame.left} x2={frame.width - frame.right} y1={yOf(value, domain)} y2={yOf(value, domain)} />
            <text x={frame.left - 6} y={yOf(value, domain) + 3} textAnchor="end">
              {value.toFixed(2)}
            </text>
          </g>
        ))}
        {first && (
          <text
            className="axis-label"
            x={xOf(0, points.length)}
            y={bottom + 16}
            textAnchor={points.length === 1 ? "middle" : "start"}
          >
            {formatDate(first.at)}
          </text>
        )}
        {last && points.length > 1 && (
          <text className="axis-label" x={xOf(points.length - 1, points.length)} y={bottom + 16} textAnchor="end">
            {formatDate(last.at)}
          </text>
        )}
        {seriesKeys.map((key) => {
          const series = plotSeries(points, key, domain);
          return (
            <g key={key} className={`series series-${key}`}>
              {linePath(series) !== "" && <path d={linePath(series)} />}
              {series.map(
                (p, i) =>
                  p && (
                    <circle key={i} cx={p.x} cy={p.y} r={radius}>
                      <title>{pointTitle(p.point, key)}</title>
                    </circle>
                  ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {seriesKeys.map((key) => (
            <li key={key}>
              <svg
                className={`legend-swatch series series-${key}`}
                viewBox="0 0 26 10"
                width={26}
                height={10}
                aria-hidden="true"
              >
                <line x1={1} x2={25} y1={5} y2={5} />
                <circle cx={13} cy={5} r={3} />
              </svg>
              {seriesNames[key]}
            </li>
          ))}
        </ul>
        <span className="hint">Points in the order labels landed; hover a point for its time and value.</span>
      </figcaption>
    </figure>
  );
}
