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
  themes: unknown[];
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
