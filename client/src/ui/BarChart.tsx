export interface Bar {
  label: string;
  value: number;
}

const barWidth = 28;
const gap = 6;
const plotHeight = 90;
const labelSpace = 18;
const valueSpace = 14;

/** A small vertical bar chart drawn as SVG, described for screen readers by its title. */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = Math.max(bars.length * (barWidth + gap), barWidth);
  const height = valueSpace + plotHeight + labelSpace;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}`;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <title>{summary}</title>
      {bars.map((bar, i) => {
        const h = (bar.value / max) * plotHeight;
        const x = i * (barWidth + gap) + gap / 2;
        const y = valueSpace + plotHeight - h;
        return (
          <g key={bar.label}>
            <rect className="bar" x={x} y={y} width={barWidth} height={h} rx={2} />
            <text className="bar-value" x={x + barWidth / 2} y={y - 3} textAnchor="middle">
              {bar.value}
            </text>
            <text className="bar-label" x={x + barWidth / 2} y={height - 4} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
