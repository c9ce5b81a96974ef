import { formatPercent } from "../ui/format";
import { cohortKeys, cohortLabels, cohortOf } from "./labels";
import type { CohortKey, OutcomeCohorts } from "./types";

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const cohortFrame: Frame = { width: 560, height: 220, left: 112, right: 16, top: 24, bottom: 30 };

/** The ratio axis runs from 0 to 150%, or further when a case achieved more. */
export function ratioAxisMax(ratios: readonly (number | null)[]): number {
  const known = ratios.filter((r): r is number => r !== null && Number.isFinite(r));
  return Math.max(1.5, ...known);
}

/** Where a ratio falls along the horizontal axis (clamped to the axis). */
export function ratioX(ratio: number, max: number, frame: Frame = cohortFrame): number {
  const span = frame.width - frame.left - frame.right;
  const clamped = Math.min(max, Math.max(0, ratio));
  return frame.left + (max <= 0 ? 0 : (clamped / max) * span);
}

/** Tick values every 25% from 0 up to the axis maximum. */
export function ratioTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let i = 0; i * 0.25 <= max + 1e-9; i += 1) ticks.push(Math.round(i * 25) / 100);
  return ticks;
}

export interface CohortDot {
  caseId: string;
  name: string;
  ratio: number;
  cohort: CohortKey;
  x: number;
  y: number;
  title: string;
}

export interface CohortLane {
  cohort: CohortKey;
  label: string;
  y: number;
}

export interface CohortPlot {
  max: number;
  lanes: CohortLane[];
  dots: CohortDot[];
  toleranceX: number;
}

/** "Case name: 87.5%". */
export const dotTitle = (name: string, ratio: number): string => `${name}: ${formatPercent(ratio)}`;

/**
 * Every case with a ratio as a dot at that ratio, in a lane for its cohort (only lanes that have dots); dots in a lane
 * are nudged up and down in turn so that cases with close ratios stay apart.
 */
export function cohortPlot(cohorts: OutcomeCohorts, frame: Frame = cohortFrame): CohortPlot {
  const all = cohortKeys.flatMap((key) => cohorts[key]);
  const assessed = all.filter((c) => c.ratio !== null && Number.isFinite(c.ratio));
  const max = ratioAxisMax(assessed.map((c) => c.ratio));
  const used = cohortKeys.filter((key) => assessed.some((c) => cohortOf(c.classification) === key));
  const height = frame.height - frame.top - frame.bottom;
  const laneHeight = used.length === 0 ? height : height / used.length;
  const lanes = used.map((cohort, i) => ({ cohort, label: cohortLabels[cohort], y: frame.top + laneHeight * (i + 0.5) }));
  const nudge = Math.min(8, laneHeight / 4);
  const seen = new Map<CohortKey, number>();
  const dots = assessed.map((c) => {
    const cohort = cohortOf(c.classification);
    const index = seen.get(cohort) ?? 0;
    seen.set(cohort, index + 1);
    const lane = lanes.find((l) => l.cohort === cohort);
    const offset = [0, -nudge, nudge][index % 3] ?? 0;
    const ratio = c.ratio as number;
    return {
      caseId: c.caseId,
      name: c.name,
      ratio,
      cohort,
      x: ratioX(ratio, max, frame),
      y: (lane?.y ?? frame.top) + offset,
      title: dotTitle(c.name, ratio),
    };
  });
  return { max, lanes, dots, toleranceX: ratioX(1 - cohorts.tolerance, max, frame) };
}
