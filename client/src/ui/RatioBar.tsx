import { formatPercent } from "./format";

/** A horizontal SVG bar: how much of a whole (e.g. the maximum outcome payment) was reached. */
export function RatioBar({ ratio, label }: { ratio: number; label: string }) {
  const width = 320;
  const height = 18;
  const filled = Math.min(1, Math.max(0, ratio)) * width;
  const text = `${label}: ${formatPercent(ratio)}`;
  return (
    <figure className="ratio-bar">
      <svg role="img" aria-label={text} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title>{text}</title>
        <rect className="ratio-track" x={0} y={0} width={width} height={height} rx={3} />
        <rect className="ratio-fill" x={0} y={0} width={filled} height={height} rx={3} />
      </svg>
      <figcaption>{text}</figcaption>
    </figure>
  );
}
