import { formatPercent } from "../ui/format";
import type { AchievementSetting } from "../studies/types";
import type { Basis, Classification, CohortKey, MetricRule, SuggestedRatios } from "./types";

export const cohortKeys: readonly CohortKey[] = ["successful", "struggling", "insufficientData", "conflicts", "unassessed"];

export const cohortLabels: Record<CohortKey, string> = {
  successful: "Successful",
  struggling: "Struggling",
  insufficientData: "Insufficient data",
  conflicts: "Conflicts",
  unassessed: "Unassessed",
};

const classificationLabels: Record<Classification, string> = {
  successful: "Successful",
  struggling: "Struggling",
  "insufficient-data": "Insufficient data",
  conflict: "Conflict",
  unassessed: "Unassessed",
};

/** A classification as the researcher reads it; unknown values are shown as given. */
export function classificationLabel(classification: string | null | undefined): string {
  if (classification === null || classification === undefined || classification === "") return "—";
  return classificationLabels[classification as Classification] ?? classification;
}

/** The cohort a classification falls in (its CSS class and list). */
export function cohortOf(classification: string): CohortKey {
  switch (classification) {
    case "successful":
      return "successful";
    case "struggling":
      return "struggling";
    case "insufficient-data":
      return "insufficientData";
    case "conflict":
      return "conflicts";
    default:
      return "unassessed";
  }
}

export const bases: readonly Basis[] = ["payments", "metrics"];
export const rules: readonly MetricRule[] = ["all", "mean", "payment-weighted"];

const basisLabels: Record<Basis, string> = { payments: "Outcome payments", metrics: "Outcome metrics" };
const ruleLabels: Record<MetricRule, string> = {
  all: "All must be met (weakest metric)",
  mean: "Mean of the metrics",
  "payment-weighted": "Weighted by what each metric pays",
};

export const basisLabel = (basis: string | null | undefined): string =>
  basis === null || basis === undefined ? "—" : (basisLabels[basis as Basis] ?? basis);
export const ruleLabel = (rule: string | null | undefined): string =>
  rule === null || rule === undefined ? "—" : (ruleLabels[rule as MetricRule] ?? rule);

/** "Outcome payments", or "Outcome metrics: Mean of the metrics": the study's basis as a researcher reads it. */
export const achievementLabel = (setting: AchievementSetting): string =>
  setting.basis === "metrics" ? `${basisLabel(setting.basis)}: ${ruleLabel(setting.rule ?? "all")}` : basisLabel(setting.basis);

/** The ratio SibReview suggests under a basis and (for metrics) a rule, all when none is given. */
export function suggestionFor(suggested: SuggestedRatios, setting: AchievementSetting): number | null {
  if (setting.basis === "payments") return suggested.payments;
  if (setting.rule === "mean") return suggested.metricsMean;
  if (setting.rule === "payment-weighted") return suggested.metricsPaymentWeighted;
  return suggested.metricsAll;
}

/** A tolerance as a whole percentage when it is one: 0.1 -> "10%", 0.125 -> "12.5%". */
export const tolerancePercent = (tolerance: number): string => formatPercent(tolerance);

/** "tolerance 10%: successful at 90% or more". */
export function toleranceLabel(tolerance: number): string {
  return `tolerance ${tolerancePercent(tolerance)}: successful at ${formatPercent(1 - tolerance)} or more`;
}
