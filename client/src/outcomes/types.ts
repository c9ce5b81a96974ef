import type { AchievementSetting } from "../studies/types";

/** Classifications as the server derives them from a ratio and the study's tolerance. */
export type Classification = "successful" | "struggling" | "insufficient-data" | "conflict" | "unassessed";
export type Basis = "payments" | "metrics";
export type MetricRule = "all" | "mean" | "payment-weighted";

export interface PaymentEvidence {
  maxOutcomePayment: number | null;
  actualOutcomePayments: number | null;
  currency: string | null;
}

export interface CohortCase {
  caseId: string;
  name: string;
  ratio: number | null;
  basis: string | null;
  classification: Classification;
  suggestedRatio: number | null;
  evidence: PaymentEvidence;
}

export interface CohortCounts {
  successful: number;
  struggling: number;
  insufficientData: number;
  conflicts: number;
  unassessed: number;
}

export type CohortKey = keyof CohortCounts;

export interface OutcomeCohorts {
  studyId: string;
  tolerance: number;
  achievement: AchievementSetting;
  counts: CohortCounts;
  successful: CohortCase[];
  struggling: CohortCase[];
  insufficientData: CohortCase[];
  conflicts: CohortCase[];
  unassessed: CohortCase[];
}

export interface EvidenceSource {
  dataset: string;
  indigoId: string;
  page: string;
}

/** A metric's target and result as INDIGO states them, with the coders' corrections applied; key names it in its case. */
export interface MetricAchievement {
  key: string;
  metricId: string | null;
  definition: string | null;
  target: string | null;
  targetedServiceUsers: string | null;
  targetNumber: number | null;
  resultType: string | null;
  resultPeriodEnd: string | null;
  outcomesAchieved: string | null;
  numberWithPositiveOutcomes: string | null;
  achieved: number | null;
  ratio: number | null;
  maximumPayment: number | null;
}

export interface SuggestedRatios {
  payments: number | null;
  metricsAll: number | null;
  metricsMean: number | null;
  metricsPaymentWeighted: number | null;
}

/** The figures a coder may give from a document: two of payments, three of each metric. */
export type EvidenceFigure = "max-outcome-payment" | "actual-outcome-payments" | "target" | "achieved" | "maximum-payment";

export interface EvidenceCitation {
  documentId: string;
  documentTitle: string;
  page: string;
}

export interface FigureChange {
  figure: string;
  from: number | null;
  to: number;
}

/** One correction (addedMetric null) or added metric, numbered from 1 in the order recorded. */
export interface EvidenceEntry {
  version: number;
  metricKey: string | null;
  addedMetric: string | null;
  figures: FigureChange[];
  source: EvidenceCitation;
  reason: string;
  by: string;
  at: string;
}

/** INDIGO's figures as corrected (latest value wins), the ratios suggested from them and every entry; version counts entries. */
export interface OutcomeEvidence {
  source: EvidenceSource;
  payments: PaymentEvidence;
  metrics: MetricAchievement[];
  suggested: SuggestedRatios;
  entries: EvidenceEntry[];
  version: number;
}

/** A document of the case's register that evidence may cite. */
export interface CitableDocument {
  id: string;
  title: string;
  type: string;
}

export interface CoderAssessment {
  coder: string;
  basis: string;
  rule: string | null;
  ratio: number | null;
  suggestedRatio: number | null;
  overrideReason: string | null;
  insufficientData: boolean;
  reason: string | null;
  note: string | null;
  at: string;
  version: number;
}

export interface ClassifiedAssessment {
  assessment: CoderAssessment;
  classification: Classification;
}

export interface AssessmentHistoryEntry {
  version: number;
  basis: string;
  ratio: number | null;
  suggestedRatio: number | null;
  overrideReason: string | null;
  insufficientData: boolean;
  reason: string | null;
  at: string;
  revisionReason: string | null;
}

export interface OutcomeConsensus {
  basis: string;
  ratio: number | null;
  insufficientData: boolean;
  reason: string;
  by: string;
  at: string;
  version: number;
}

export interface OutcomeCaseView {
  studyId: string;
  caseId: string;
  name: string;
  tolerance: number;
  achievement: AchievementSetting;
  screeningStatus: string | null;
  evidence: OutcomeEvidence;
  documents: CitableDocument[];
  myAssessment: ClassifiedAssessment | null;
  myHistory: AssessmentHistoryEntry[];
  othersHidden: boolean;
  otherCoders: number;
  others: ClassifiedAssessment[];
  consensus: OutcomeConsensus | null;
  classification: Classification | null;
  ratio: number | null;
  basis: string | null;
}

/** basis, rule and evidenceVersion: what the coder saw, so the server refuses (409) when the suggestion moved since. */
export interface AssessmentBody {
  basis: string;
  rule?: string;
  evidenceVersion: number;
  ratio?: number;
  insufficientData?: boolean;
  reason?: string;
  overrideReason?: string;
  note?: string;
  revisionReason?: string;
  expectedVersion: number;
}

export interface ConsensusBody {
  basis: Basis;
  ratio?: number;
  insufficientData?: boolean;
  reason: string;
  expectedVersion: number;
}

export interface CorrectionBody {
  figure: EvidenceFigure;
  metricKey?: string;
  value: number;
  documentId: string;
  page: string;
  reason: string;
  expectedVersion: number;
}

export interface AddMetricBody {
  definition: string;
  target?: number;
  achieved?: number;
  maximumPayment?: number;
  documentId: string;
  page: string;
  reason: string;
  expectedVersion: number;
}
