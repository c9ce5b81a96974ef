import type { Theme } from "../../codebook/types";
import type { Classification } from "../../outcomes/types";
import type { Role } from "../../studies/types";

/** Where a case stands on a theme; "hidden" until the viewer has submitted their own judgements of the case. */
export type ThemeState = "present" | "absent" | "disagreement" | "unjudged" | "hidden";

export interface ThemeJudgement {
  theme: number;
  present: boolean;
  strength: number | null;
  note: string | null;
  codingIds: string[];
  codebookVersion: number;
  at: string;
}

/** One coder's judgements of a case; version counts the events in their stream for it. */
export interface CoderJudgements {
  coder: string;
  themes: ThemeJudgement[];
  submittedAt: string | null;
  version: number;
  submitted: boolean;
}

export interface ThemeConsensus {
  theme: number;
  present: boolean;
  reason: string;
  by: string;
  at: string;
}

export interface ThemeVerdict {
  theme: number;
  state: ThemeState;
  byConsensus: boolean;
}

export interface JudgementHistoryEntry {
  version: number;
  theme: number;
  present: boolean;
  strength: number | null;
  note: string | null;
  codingIds: string[];
  at: string;
  revisionReason: string | null;
}

/** One of my codings on the case's documents, which my judgements may cite. */
export interface MyCoding {
  codingId: string;
  documentId: string;
  textVersion: number;
  theme: number;
  start: number;
  end: number;
  quote: string;
}

/** GET /api/studies/{id}/cases/{caseId}/judgements: the case's judgements as I may see them. */
export interface CaseJudgementsView {
  studyId: string;
  caseId: string;
  name: string;
  myRole: Role;
  included: boolean | null;
  codebookVersion: number;
  themes: Theme[];
  mine: CoderJudgements | null;
  myVersion: number;
  myHistory: JudgementHistoryEntry[];
  myCodings: MyCoding[];
  othersHidden: boolean;
  otherCoders: number;
  others: CoderJudgements[];
  consensus: ThemeConsensus[];
  consensusVersion: number;
  verdicts: ThemeVerdict[];
}

export interface JudgementBody {
  theme: number;
  present: boolean;
  strength?: number;
  note?: string;
  codingIds: string[];
  revisionReason?: string;
  expectedVersion: number;
}

export interface ConsensusBody {
  theme: number;
  present: boolean;
  reason: string;
  expectedVersion: number;
}

export interface CohortPrevalence {
  cases: number;
  present: number;
  absent: number;
  disagreements: number;
  unjudged: number;
  hidden: number;
  share: number | null;
}

/** Fisher's exact test as R's fisher.test gives it; an infinite odds ratio or bound is null (see notes). */
export interface FisherSummary {
  pValue: number;
  oddsRatio: number | null;
  lower: number | null;
  upper: number | null;
  notes: string[];
}

export interface ThemeCohortPrevalence {
  theme: number;
  name: string;
  successful: CohortPrevalence;
  struggling: CohortPrevalence;
  fisher: FisherSummary;
}

export type Progress = "not-started" | "in-progress" | "submitted";

export interface HeatmapCase {
  caseId: string;
  name: string;
  classification: Classification;
  myProgress: Progress | null;
  cells: ThemeVerdict[];
}

export interface PrevalenceTheme {
  number: number;
  name: string;
  colour: string;
}

/** GET /api/studies/{id}/themes/prevalence. */
export interface ThemePrevalence {
  studyId: string;
  tolerance: number;
  codebookVersion: number;
  themes: PrevalenceTheme[];
  rows: ThemeCohortPrevalence[];
  cases: HeatmapCase[];
}
