import type { CaseSummary } from "../catalogue/types";

/** Text or a number as INDIGO gives it; null (or absent) when not recorded. */
export type Scalar = string | number | null | undefined;

export interface OutcomePayer {
  organisationName?: string | null;
  currency?: string | null;
  maximumPotentialPayment?: number | null;
  totalPaymentsMade?: number | null;
}

export interface MetricResult {
  resultType?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  outcomesAchieved?: Scalar;
  numberEngaged?: Scalar;
  numberWithPositiveOutcomes?: Scalar;
  otherDescription?: string | null;
}

/** A metric's price; the API may spell the maximum either way. */
export interface OutcomePricing {
  currency?: string | null;
  pricePerUnit?: number | null;
  maximumPrice?: number | null;
  maximumPriceIfAllTargetsAchieved?: number | null;
  description?: string | null;
}

export interface OutcomeMetric {
  id?: string | null;
  definition?: string | null;
  targetPopulation?: string | null;
  targetedServiceUsers?: Scalar;
  target?: Scalar;
  otherTarget?: Scalar;
  validationMethod?: string | null;
  policySector?: string | null;
  pricing?: OutcomePricing | null;
  pricings?: OutcomePricing[] | null;
  results?: MetricResult[] | null;
}

export interface Source {
  id?: string | null;
  name?: string | null;
  type?: string | null;
  publishingOrganisations?: string | string[] | null;
  url?: string | null;
  archiveUrl?: string | null;
  publicationDate?: string | null;
  accessedDate?: string | null;
  notes?: string | null;
}

export interface CaseDocument {
  title?: string | null;
  url?: string | null;
  notes?: string | null;
}

/** The INDIGO record of one impact bond; every field may be missing in older or partial records. */
export interface IndigoRecord {
  id: string;
  name?: string | null;
  alternativeNames?: string | string[] | null;
  countries?: string[] | null;
  stage?: string | null;
  policySector?: string | null;
  socialChallenge?: string | null;
  intervention?: string | null;
  targetPopulation?: string | null;
  targetedServiceUsers?: Scalar;
  actualServiceUsersEngaged?: Scalar;
  notes?: string | null;
  covid19Changes?: string | null;
  outcomesContractSigned?: string | null;
  serviceProvisionStart?: string | null;
  anticipatedServiceEnd?: string | null;
  actualServiceEnd?: string | null;
  anticipatedCompletion?: string | null;
  actualCompletion?: string | null;
  anticipatedDurationMonths?: Scalar;
  currency?: string | null;
  maxOutcomePayment?: number | null;
  totalOutcomePaymentsMade?: number | null;
  totalInvestmentCommitment?: number | null;
  actualOutcomePayments?: number | null;
  plannedOutcomePayments?: number | null;
  outcomePayers?: OutcomePayer[] | null;
  commissioners?: string[] | null;
  serviceProviders?: string[] | null;
  investors?: string[] | null;
  intermediaries?: string[] | null;
  outcomeFunds?: string[] | null;
  outcomeMetrics?: OutcomeMetric[] | null;
  /** Results reported for the project as a whole rather than for one metric. */
  projectResults?: MetricResult[] | null;
  sources?: Source[] | null;
  documents?: CaseDocument[] | null;
}

export interface CaseHistoryEntry {
  version: number;
  kind: "imported" | "changed" | string;
  at: string;
  by: string;
  changedFields?: string[] | null;
}

export interface CaseDetail {
  summary: CaseSummary;
  record: IndigoRecord;
  golabUrl: string;
  history: CaseHistoryEntry[];
}
