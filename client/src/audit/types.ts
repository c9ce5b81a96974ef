/** One act on the case, with its derived inclusion, classification and suggested ratio before and after (GET …/timeline). */
export interface TimelineEntry {
  sequence: number;
  at: string;
  by: string;
  what: string;
  reason: string | null;
  inclusionBefore: string;
  inclusionAfter: string;
  classificationBefore: string | null;
  classificationAfter: string | null;
  /** Absent on older servers. */
  suggestedBefore?: number | null;
  suggestedAfter?: number | null;
}

/** The case's derived state at the requested moment (absent on older servers). */
export interface TimelineState {
  inclusion: string;
  classification: string | null;
}

export interface CaseTimelineView {
  studyId: string;
  caseId: string;
  name: string;
  entries: TimelineEntry[];
  state?: TimelineState | null;
}
