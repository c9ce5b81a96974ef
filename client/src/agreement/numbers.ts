import { plural } from "../ui/format";
import type { AgreementSet, AlphaMinimumProbability, ConfidenceInterval } from "./types";

const missing = "—";

const known = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

/** An agreement statistic with 3 decimals, e.g. 0.7434 -> "0.743", -0.12 -> "-0.120"; "—" when unknown. */
export function formatValue(value: number | null | undefined): string {
  if (!known(value)) return missing;
  const text = value.toFixed(3);
  return text === "-0.000" ? "0.000" : text;
}

/** The unrounded value for a title attribute; undefined when unknown (no tooltip). */
export function fullValue(value: number | null | undefined): string | undefined {
  return known(value) ? String(value) : undefined;
}

/** "0.615 – 0.850"; "—" when there is no interval. */
export function formatInterval(interval: ConfidenceInterval | null | undefined): string {
  if (!interval || !known(interval.lower) || !known(interval.upper)) return missing;
  return `${formatValue(interval.lower)} – ${formatValue(interval.upper)}`;
}

/** The coverage as a percentage, e.g. 0.95 -> "95%". */
export function formatCoverage(level: number): string {
  return `${Number((level * 100).toFixed(1))}%`;
}

/** A threshold as written, without trailing zeros: 0.8 -> "0.8", 0.6667 -> "0.667". */
export function formatMinimum(minimum: number): string {
  return String(Number(minimum.toFixed(3)));
}

/** "P(alpha < 0.667) = 0.144": the bootstrap probability that alpha falls short of the minimum. */
export function formatProbabilityBelow(probability: AlphaMinimumProbability): string {
  return `P(alpha < ${formatMinimum(probability.minimum)}) = ${formatValue(probability.q)}`;
}

/** "240 labels · 12 units · 4 coders · 40 pairable values"; only the labels when nothing was computed. */
export function countsLine(set: Pick<AgreementSet, "labels" | "report">): string {
  const parts = [plural(set.labels, "label")];
  if (set.report) {
    parts.push(
      plural(set.report.units, "unit"),
      plural(set.report.coders, "coder"),
      plural(set.report.pairable, "pairable value"),
    );
  }
  return parts.join(" · ");
}
