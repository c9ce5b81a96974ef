import { useRef } from "react";
import type { Criteria } from "../studies/types";
import { formatCount } from "../ui/format";
import { flowSummary, layoutFlow, type FlowBoxKind } from "./flowLayout";
import { flowReasonLabel } from "./labels";
import { downloadSvg } from "./svgExport";
import type { ScreeningFlow } from "./types";

/** Colours as attributes, not CSS, so the downloaded file looks as drawn. */
const boxColours: Record<FlowBoxKind, { fill: string; stroke: string }> = {
  main: { fill: "#e7eef7", stroke: "#1c4f8a" },
  excluded: { fill: "#fdeeee", stroke: "#a61b1b" },
  pending: { fill: "#fff6e0", stroke: "#8a5a00" },
};
const ink = "#1e2329";
const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** The PRISMA-style screening flow, drawn in SVG, and a button that downloads the same drawing. */
export function FlowDiagram({ flow, criteria }: { flow: ScreeningFlow; criteria: Criteria | undefined }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const label = (reason: string) => flowReasonLabel(reason, criteria);
  const layout = layoutFlow(flow, label);

  return (
    <figure className="flow-figure">
      <div className="flow-scroll">
        <svg
          ref={svgRef}
          data-testid="flow-diagram"
          xmlns="http://www.w3.org/2000/svg"
          role="img"
          aria-labelledby="flow-title"
          aria-describedby="flow-desc"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          fontFamily={font}
        >
          <title id="flow-title">Screening flow</title>
          <desc id="flow-desc">{flowSummary(flow, label)}</desc>
          <defs>
            <marker id="flow-arrowhead" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" fill="#535c66" />
            </marker>
          </defs>
          <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
          {layout.arrows.map((arrow) => (
            <polyline
              key={arrow.id}
              points={arrow.points.map(([x, y]) => `${x},${y}`).join(" ")}
              fill="none"
              stroke="#535c66"
              strokeWidth={1.5}
              markerEnd="url(#flow-arrowhead)"
            />
          ))}
          {layout.boxes.map((box) => (
            <g key={box.id} data-box={box.id}>
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={4}
                fill={boxColours[box.kind].fill}
                stroke={boxColours[box.kind].stroke}
                strokeWidth={1.2}
              />
              {box.lines.map((line, i) => (
                <text key={i} x={box.x + 10} y={box.y + 23 + i * 17} fontSize={13} fill={ink}>
                  {line}
                </text>
              ))}
              <text x={box.x + 10} y={box.y + 27 + box.lines.length * 17} fontSize={14} fontWeight={700} fill={ink}>
                (n = {formatCount(box.count)})
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        Screening flow over the study's candidates under its current criteria. A case excluded for several reasons counts
        under the first criterion it fails.{" "}
        <button
          type="button"
          className="button-secondary"
          onClick={() => svgRef.current && downloadSvg(svgRef.current, "screening-flow.svg")}
        >
          Download SVG
        </button>
      </figcaption>
    </figure>
  );
}
