import type { AgreementReport, AgreementSet } from "../agreement/types";

/** The study's screening label set: source "screening" (its id is "screening/<study>", or "screening"). */
export function screeningSet(sets: readonly AgreementSet[] | undefined): AgreementSet | undefined {
  const all = sets ?? [];
  return (
    all.find((s) => s.source?.trim().toLowerCase() === "screening") ??
    all.find((s) => s.id === "screening" || s.id.startsWith("screening/"))
  );
}

/** The headline figures beside the flow: percent agreement, Fleiss' kappa and Krippendorff's alpha across coders. */
export const headlineMetrics = ["percent", "fleiss", "krippendorff"] as const;

/** A statistic's value in the report, or null when it was not computed (omitted, or no report). */
export function metricValue(report: AgreementReport | null, metric: string): number | null {
  return report?.results.find((r) => r.metric.trim().toLowerCase() === metric)?.value ?? null;
}

/** Why a statistic is missing, when the report says. */
export function omittedReason(report: AgreementReport | null, metric: string): string | null {
  return report?.omitted.find((o) => o.metric.trim().toLowerCase() === metric)?.reason ?? null;
}
