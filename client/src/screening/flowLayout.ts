import type { ScreeningFlow } from "./types";

export type FlowBoxKind = "main" | "excluded" | "pending";

export interface FlowBox {
  id: string;
  kind: FlowBoxKind;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  count: number;
}

/** A polyline; the arrowhead is at its last point. */
export interface FlowArrow {
  id: string;
  points: [number, number][];
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: FlowBox[];
  arrows: FlowArrow[];
}

type FlowCounts = Pick<
  ScreeningFlow,
  "identified" | "unassigned" | "awaitingDecisions" | "screened" | "conflicts" | "excluded" | "included" | "assessed"
>;

const margin = 16;
const main = { x: margin, width: 270 };
const side = { x: main.x + main.width + 64, width: 300 };
const lineHeight = 17;
const countHeight = 22;
const padding = 10;
const sideGap = 10;
const minStageGap = 44;

/** Splits text into lines of at most maxChars characters, at spaces (a longer word stays whole). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const charsFor = (width: number) => Math.floor((width - 2 * padding) / 7.4);

function box(id: string, kind: FlowBoxKind, text: string, count: number): FlowBox {
  const width = kind === "main" ? main.width : side.width;
  const lines = wrapText(text, charsFor(width));
  const height = padding + lines.length * lineHeight + countHeight + padding - 4;
  return { id, kind, x: kind === "main" ? main.x : side.x, y: 0, width, height, lines, count };
}

interface Stage {
  main: FlowBox;
  /** Cases that leave the flow between this stage and the next. */
  sides: FlowBox[];
}

function stages(flow: FlowCounts, reasonLabel: (reason: string) => string): Stage[] {
  const assessed =
    flow.assessed === flow.included ? "Included and assessed" : `Included (${flow.included}), assessed`;
  return [
    {
      main: box("identified", "main", "Identified: candidates under the study's criteria", flow.identified),
      sides: [
        box("unassigned", "pending", "Not yet assigned to coders", flow.unassigned),
        box("awaiting", "pending", "Awaiting coders' decisions", flow.awaitingDecisions),
      ],
    },
    {
      main: box("screened", "main", "Screened: every assigned coder decided", flow.screened),
      sides: [
        ...flow.excluded.map((e) => box(`excluded-${e.reason}`, "excluded", `Excluded: ${reasonLabel(e.reason)}`, e.count)),
        box("conflicts", "pending", "Conflicts awaiting consensus", flow.conflicts),
      ],
    },
    { main: box("assessed", "main", assessed, flow.assessed), sides: [] },
  ];
}

/**
 * Lays out a PRISMA-style flow: the main column top to bottom (identified, screened, assessed), and beside the arrow
 * between two stages a box for each way cases leave it, with an arrow from the trunk to each.
 */
export function layoutFlow(flow: FlowCounts, reasonLabel: (reason: string) => string): FlowLayout {
  const boxes: FlowBox[] = [];
  const arrows: FlowArrow[] = [];
  const trunkX = main.x + main.width / 2;
  let y = margin;
  const all = stages(flow, reasonLabel);
  all.forEach((stage, index) => {
    boxes.push({ ...stage.main, y });
    y += stage.main.height;
    const sidesHeight = stage.sides.reduce((sum, b) => sum + b.height, 0) + sideGap * Math.max(0, stage.sides.length - 1);
    const gap = index < all.length - 1 ? Math.max(minStageGap, sidesHeight + 2 * sideGap) : sidesHeight;
    let sideY = y + (gap - sidesHeight) / 2;
    for (const sideBox of stage.sides) {
      boxes.push({ ...sideBox, y: sideY });
      const middle = sideY + sideBox.height / 2;
      arrows.push({ id: `to-${sideBox.id}`, points: [[trunkX, middle], [side.x, middle]] });
      sideY += sideBox.height + sideGap;
    }
    const next = all[index + 1];
    if (next) arrows.push({ id: `to-${next.main.id}`, points: [[trunkX, y], [trunkX, y + gap]] });
    y += gap;
  });
  return { width: side.x + side.width + margin, height: y + margin, boxes, arrows };
}

/** The diagram in words, for its accessible description. */
export function flowSummary(flow: FlowCounts, reasonLabel: (reason: string) => string): string {
  const excluded = flow.excluded.map((e) => `${e.count} excluded: ${reasonLabel(e.reason)}`);
  return [
    `${flow.identified} identified`,
    `${flow.unassigned} not yet assigned`,
    `${flow.awaitingDecisions} awaiting decisions`,
    `${flow.screened} screened`,
    ...excluded,
    `${flow.conflicts} conflicts awaiting consensus`,
    `${flow.included} included`,
    `${flow.assessed} assessed`,
  ].join("; ");
}
