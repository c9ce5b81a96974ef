import type { ThemeCohortPrevalence } from "../coding/judgements/types";

export interface FlippedCase {
  caseId: string;
  name: string;
  from: string;
  to: string;
}

export interface ReplayScenario {
  tolerance: number;
  successful: number;
  struggling: number;
  unclassified: number;
  flipped: FlippedCase[];
  /** Each active theme's prevalence in this scenario's cohorts, with Fisher's test (as the Themes by cohort page). */
  themes: ThemeCohortPrevalence[];
}

/** The server's ReplayReport: the study's own settings, the minimum of distinct documents replayed, the scenarios. */
export interface ReplayReport {
  study: string;
  studyTolerance: number;
  studyMinimumDistinctDocuments: number;
  minimumDistinctDocuments: number;
  asOf: string | null;
  scenarios: ReplayScenario[];
}

/** How far a streamed replay has read. */
export interface ReplayProgress {
  read: number;
  total: number;
  eventsPerSecond: number;
  percent: number;
  done: boolean;
}
