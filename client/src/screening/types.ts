/** The shapes of the screening endpoints under /api/studies/{id}/screening (camelCase JSON). */
import type { CaseSummary } from "../catalogue/types";

export type ScreeningVerdict = "include" | "exclude" | "unsure";

/** One automatic check of a criterion: passes is null when the data cannot tell. Shown, never applied. */
export interface CriterionHint {
  criterion: string;
  passes: boolean | null;
  detail: string;
  exclusionReason: string;
}

/** A coder's latest decision on a case; version counts their decisions on it. */
export interface CoderDecision {
  coder: string;
  verdict: ScreeningVerdict;
  reason: string | null;
  note: string | null;
  at: string;
  version: number;
}

/** The lead's latest consensus on a conflict; version counts the consensus decisions. */
export interface ConsensusDecision {
  verdict: ScreeningVerdict;
  reason: string | null;
  note: string | null;
  by: string;
  at: string;
  version: number;
}

export interface ScreeningProgress {
  screened: number;
  assigned: number;
}

/** Status stays null until the coder has decided. */
export interface QueueCase {
  caseId: string;
  name: string;
  facts: CaseSummary;
  eligibleDocuments: number;
  hints: CriterionHint[];
  myDecision: CoderDecision | null;
  status: string | null;
}

export interface ScreeningQueue {
  studyId: string;
  progress: ScreeningProgress;
  cases: QueueCase[];
}

export interface DecisionHistoryEntry {
  version: number;
  verdict: ScreeningVerdict;
  reason: string | null;
  note: string | null;
  at: string;
  previousVerdict: ScreeningVerdict | null;
  revisionReason: string | null;
}

/** One case as the viewer may see it: others, status and consensus are withheld while othersHidden. */
export interface ScreeningCaseView {
  studyId: string;
  caseId: string;
  name: string;
  facts: CaseSummary;
  eligibleDocuments: number;
  hints: CriterionHint[];
  assignedToMe: boolean;
  myDecision: CoderDecision | null;
  myHistory: DecisionHistoryEntry[];
  othersHidden: boolean;
  otherCoders: number;
  others: CoderDecision[];
  status: string | null;
  exclusionReason: string | null;
  consensus: ConsensusDecision | null;
}

export interface ScreeningConflict {
  caseId: string;
  name: string;
  decisions: CoderDecision[];
  consensus: ConsensusDecision | null;
}

export interface ScreeningConflicts {
  studyId: string;
  unresolved: number;
  conflicts: ScreeningConflict[];
}

export interface ExclusionCount {
  reason: string;
  count: number;
}

export interface CoderProgress {
  coder: string;
  assigned: number;
  decided: number;
}

/** Hidden: the viewer is blind to this case, so its status is withheld. */
export interface FlowCase {
  caseId: string;
  name: string;
  status: string | null;
  exclusionReason: string | null;
  hidden: boolean;
}

/** identified = unassigned + awaitingDecisions + screened; screened = conflicts + excluded + included. */
export interface ScreeningFlow {
  studyId: string;
  identified: number;
  unassigned: number;
  awaitingDecisions: number;
  screened: number;
  conflicts: number;
  excluded: ExclusionCount[];
  included: number;
  assessed: number;
  coders: CoderProgress[];
  cases: FlowCase[];
}

export interface ScreeningAssignment {
  caseId: string;
  coder: string;
}

export interface CasesAssigned {
  studyId: string;
  assignments: ScreeningAssignment[];
}

export interface DecisionBody {
  verdict: ScreeningVerdict;
  reason: string | null;
  note: string | null;
  revisionReason: string | null;
  expectedVersion: number;
}

export interface ConsensusBody {
  verdict: ScreeningVerdict;
  reason: string | null;
  note: string | null;
  expectedVersion: number;
}
