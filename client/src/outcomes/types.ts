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

export interface MetricAchievement {
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

export interface OutcomeEvidence {
  source: EvidenceSource;
  payments: PaymentEvidence;
  metrics: MetricAchievement[];
  suggested: SuggestedRatios;
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
  screeningStatus: string | null;
  evidence: OutcomeEvidence;
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

export interface AssessmentBody {
  basis: Basis;
  rule?: MetricRule;
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
