import type { ReplayReport, ReplayScenario } from "./types";

export const sliderMin = 0;
export const sliderMax = 0.3;
export const sliderStep = 0.01;

/** A tolerance kept to the slider's hundredths (0.1 + 0.2 style noise removed). */
export const roundTolerance = (value: number): number => Math.round(value * 100) / 100;

/** 0, 0.01, …, 0.30: the sweep's 31 tolerances. */
export function sweepTolerances(min = sliderMin, max = sliderMax, step = sliderStep): number[] {
  const count = Math.round((max - min) / step) + 1;
  return Array.from({ length: count }, (_, i) => roundTolerance(min + i * step));
}

/** The query parameter: "0,0.01,0.1" (plain decimals the server parses, repeats left to it). */
export function toleranceParam(tolerances: readonly number[]): string {
  return tolerances.map((t) => String(roundTolerance(t))).join(",");
}

/** The scenario replayed under a tolerance (compared at the hundredths and a bit finer), if any. */
export function scenarioAt(report: Pick<ReplayReport, "scenarios"> | undefined, tolerance: number): ReplayScenario | undefined {
  return report?.scenarios.find((s) => Math.abs(s.tolerance - tolerance) < 1e-6);
}

export interface CountRow {
  key: "successful" | "struggling" | "unclassified";
  label: string;
  real: number | null;
  replayed: number | null;
}

/** Counts per cohort under the study's tolerance (real) and the chosen one (replayed). */
export function countRows(real: ReplayScenario | undefined, replayed: ReplayScenario | undefined): CountRow[] {
  const rows: [CountRow["key"], string][] = [
    ["successful", "Successful"],
    ["struggling", "Struggling"],
    ["unclassified", "Unclassified (insufficient data, conflicts, unassessed)"],
  ];
  return rows.map(([key, label]) => ({ key, label, real: real?.[key] ?? null, replayed: replayed?.[key] ?? null }));
}

export type SweepKey = "successful" | "struggling";
export const sweepKeys: readonly SweepKey[] = ["successful", "struggling"];

export interface SweepFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const sweepFrame: SweepFrame = { width: 520, height: 220, left: 40, right: 16, top: 12, bottom: 32 };

export interface SweepPoint {
  tolerance: number;
  count: number;
  x: number;
  y: number;
}

export interface SweepPlot {
  maxCount: number;
  series: Record<SweepKey, SweepPoint[]>;
  countTicks: number[];
  toleranceTicks: number[];
}

export const sweepX = (tolerance: number, f: SweepFrame = sweepFrame): number =>
  f.left + ((Math.min(sliderMax, Math.max(sliderMin, tolerance)) - sliderMin) / (sliderMax - sliderMin)) * (f.width - f.left - f.right);

export const sweepY = (count: number, maxCount: number, f: SweepFrame = sweepFrame): number =>
  f.height - f.bottom - (maxCount <= 0 ? 0 : (count / maxCount) * (f.height - f.top - f.bottom));

/** A "nice" upper bound for the count axis and whole-number ticks up to it (at most about five). */
export function countAxis(maxValue: number): { max: number; ticks: number[] } {
  const max = Math.max(1, Math.ceil(maxValue));
  const step = Math.max(1, Math.ceil(max / 5));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return { max: top, ticks };
}

/** The successful and struggling counts across tolerances, in tolerance order, placed in the frame. */
export function sweepPlot(scenarios: readonly ReplayScenario[], f: SweepFrame = sweepFrame): SweepPlot {
  const ordered = [...scenarios].sort((a, b) => a.tolerance - b.tolerance);
  const axis = countAxis(Math.max(0, ...ordered.flatMap((s) => [s.successful, s.struggling])));
  const series = (key: SweepKey) =>
    ordered.map((s) => ({ tolerance: s.tolerance, count: s[key], x: sweepX(s.tolerance, f), y: sweepY(s[key], axis.max, f) }));
  return {
    maxCount: axis.max,
    series: { successful: series("successful"), struggling: series("struggling") },
    countTicks: axis.ticks,
    toleranceTicks: [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3],
  };
}

/** An SVG path through the points: "M x y L x y …" ("" when there are none). */
export function sweepPath(points: readonly SweepPoint[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(" ");
}
