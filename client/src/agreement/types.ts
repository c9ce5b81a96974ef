/** The shapes of GET /api/studies/{id}/agreement (camelCase JSON). */

export type MeasurementLevel = "nominal" | "ordinal" | "interval" | "ratio";

export const measurementLevels: readonly MeasurementLevel[] = ["nominal", "ordinal", "interval", "ratio"];

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  /** The coverage, e.g. 0.95. */
  level: number;
  /** How it was computed, e.g. "Bootstrap percentile, KALPHA …". */
  method: string;
}

/** For alpha: q, the bootstrap probability that alpha is below the minimum. */
export interface AlphaMinimumProbability {
  minimum: number;
  q: number;
}

export interface MetricResult {
  /** percent, cohen, scott-pi, fleiss, krippendorff, gwet-ac1, brennan-prediger. */
  metric: string;
  level: string | null;
  value: number;
  standardError: number | null;
  confidenceInterval: ConfidenceInterval | null;
  probabilityBelow: AlphaMinimumProbability[] | null;
  notes: string[];
}

export interface OmittedMetric {
  metric: string;
  reason: string;
}

export interface AgreementReport {
  units: number;
  coders: number;
  pairable: number;
  results: MetricResult[];
  omitted: OmittedMetric[];
}

export interface CoderPair {
  coderA: string;
  coderB: string;
  /** Units rated by both. */
  units: number;
  percent: number | null;
  cohen: number | null;
  cohenProblem: string | null;
}

/** Agreement as it stood once a number of labels had landed. */
export interface AgreementPoint {
  at: string;
  labels: number;
  percent: number | null;
  krippendorff: number | null;
}

export interface AgreementSet {
  id: string;
  name: string;
  /** "imported", or the kind of decisions recorded in SibReview. */
  source: string;
  level: string;
  labels: number;
  /** Null when nothing can be computed; problem then says why. */
  report: AgreementReport | null;
  problem: string | null;
  pairs: CoderPair[];
  overTime: AgreementPoint[];
}

export interface StudyAgreement {
  studyId: string;
  sets: AgreementSet[];
}
