import { formatDate, formatDateTime, plural } from "../ui/format";
import { formatValue } from "./numbers";
import type { AgreementPoint } from "./types";

/** The drawing area: the whole SVG and the margins left for axis labels. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const chartFrame: Frame = { width: 380, height: 180, left: 40, right: 14, top: 10, bottom: 28 };

export type SeriesKey = "percent" | "krippendorff";

export const seriesKeys: readonly SeriesKey[] = ["percent", "krippendorff"];

export const seriesNames: Record<SeriesKey, string> = {
  percent: "Percent agreement",
  krippendorff: "Krippendorff's alpha",
};

export interface Domain {
  min: number;
  max: number;
}

const step = 0.25;
const round = (n: number) => Math.round(n * 10) / 10;
const known = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Points oldest first; the server's order is kept when a time cannot be read. */
export function inTimeOrder(points: readonly AgreementPoint[]): AgreementPoint[] {
  const times = points.map((p) => Date.parse(p.at));
  if (times.some(Number.isNaN)) return [...points];
  return points
    .map((point, index) => ({ point, index, time: times[index] ?? 0 }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((entry) => entry.point);
}

/** 0..1, extended down in quarters (to -1 at most) when alpha falls below zero. */
export function valueDomain(points: readonly AgreementPoint[]): Domain {
  const values = points.flatMap((p) => seriesKeys.map((key) => p[key])).filter(known);
  const lowest = Math.min(0, ...values);
  return { min: Math.max(-1, Math.floor(lowest / step) * step), max: 1 };
}

/** The gridlines: every quarter from the bottom of the domain to its top. */
export function gridValues(domain: Domain): number[] {
  const lines: number[] = [];
  for (let i = 0; domain.min + i * step <= domain.max + 1e-9; i += 1) lines.push(domain.min + i * step);
  return lines;
}

/** The vertical position of a value; values outside the domain stay on its edge. */
export function yOf(value: number, domain: Domain, frame: Frame = chartFrame): number {
  const clamped = Math.min(domain.max, Math.max(domain.min, value));
  const plotHeight = frame.height - frame.top - frame.bottom;
  return round(frame.top + ((domain.max - clamped) / (domain.max - domain.min)) * plotHeight);
}

/** The horizontal position of the index-th of count points, spread evenly; a single point sits in the middle. */
export function xOf(index: number, count: number, frame: Frame = chartFrame): number {
  const plotWidth = frame.width - frame.left - frame.right;
  if (count <= 1) return round(frame.left + plotWidth / 2);
  return round(frame.left + (index / (count - 1)) * plotWidth);
}

export interface PlotPoint {
  x: number;
  y: number;
  value: number;
  point: AgreementPoint;
}

/** One series' positions, in the order of points; null where the statistic was not computable yet. */
export function plotSeries(
  points: readonly AgreementPoint[],
  key: SeriesKey,
  domain: Domain,
  frame: Frame = chartFrame,
): (PlotPoint | null)[] {
  return points.map((point, index) => {
    const value = point[key];
    if (!known(value)) return null;
    return { x: xOf(index, points.length, frame), y: yOf(value, domain, frame), value, point };
  });
}

/** An SVG path through consecutive known points; a gap breaks the line; a lone point draws none (its dot shows it). */
export function linePath(series: readonly (PlotPoint | null)[]): string {
  const segments: PlotPoint[][] = [];
  let current: PlotPoint[] = [];
  for (const entry of series) {
    if (entry === null) {
      current = [];
      continue;
    }
    if (current.length === 0) segments.push(current);
    current.push(entry);
  }
  return segments
    .filter((segment) => segment.length >= 2)
    .map((segment) => segment.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" "))
    .join(" ");
}

/** The latest point at which the statistic was computable. */
export function latestKnown(points: readonly AgreementPoint[], key: SeriesKey): AgreementPoint | undefined {
  return [...points].reverse().find((p) => known(p[key]));
}

/** A point's tooltip, e.g. "29 Nov 2026, 10:00 · 40 labels: Krippendorff's alpha 0.700". */
export function pointTitle(point: AgreementPoint, key: SeriesKey): string {
  const when = `${formatDateTime(point.at)} · ${plural(point.labels, "label")}`;
  return `${when}: ${seriesNames[key]} ${formatValue(point[key])}`;
}

/** What a screen reader hears for the chart: how many points over what time, and the latest values. */
export function chartSummary(points: readonly AgreementPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return "Agreement over time: no points yet";
  const span =
    points.length === 1
      ? `1 point, on ${formatDate(first.at)}`
      : `${plural(points.length, "point")} from ${formatDate(first.at)} to ${formatDate(last.at)}`;
  const latest = seriesKeys.map((key) => {
    const point = latestKnown(points, key);
    if (point === undefined) return `${seriesNames[key]} not computable yet`;
    return `${seriesNames[key]} ${formatValue(point[key])} at ${plural(point.labels, "label")}`;
  });
  return `Agreement over time, ${span}. Latest: ${latest.join("; ")}.`;
}
