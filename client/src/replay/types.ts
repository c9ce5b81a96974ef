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

/** studyTolerance and asOf are the server's (ReplayReport); the contract needs only study and scenarios. */
export interface ReplayReport {
  study: string;
  studyTolerance?: number;
  asOf?: string | null;
  scenarios: ReplayScenario[];
}
