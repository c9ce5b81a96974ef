import type { Role } from "../../studies/types";

/** One coding as it stands: [start, end) in UTF-16 code units of the text version's normalised text. */
export interface CodedSegment {
  codingId: string;
  textVersion: number;
  theme: number;
  start: number;
  end: number;
  quote: string;
  codebookVersion: number;
  suggestionId: string | null;
  memo: string | null;
  coder: string;
  codedAt: string;
  changedAt: string;
}

/** One coder's work on a text version; submittedAt is null until they submit it. */
export interface CoderWork {
  coder: string;
  codings: CodedSegment[];
  memo: string | null;
  submittedAt: string | null;
}

/** GET .../documents/{documentId}/codings: version is the expectedVersion of the viewer's next act. */
export interface DocumentCodings {
  studyId: string;
  caseId: string;
  documentId: string;
  documentTitle: string;
  textVersion: number;
  latestTextVersion: number;
  myRole: Role;
  canCode: boolean;
  version: number;
  mine: CoderWork;
  othersHidden: boolean;
  othersSubmitted: number;
  others: CoderWork[];
}

export interface ThemeAgreement {
  theme: number;
  agreement: number;
  expectedAgreement: number;
  kappa: number;
  codedByA: number;
  codedByB: number;
  codedByBoth: number;
  notes: string[];
}

export interface CoderPairAgreement {
  coderA: string;
  coderB: string;
  themes: ThemeAgreement[];
}

/** GET .../documents/{documentId}/agreement. */
export interface SegmentAgreement {
  textVersion: number;
  textLength: number;
  coders: string[];
  themes: number[];
  pairs: CoderPairAgreement[];
}

/** GET /api/studies/{id}/coding/documents: one document to code at its latest text version. */
export interface DocumentToCode {
  caseId: string;
  caseName: string;
  documentId: string;
  title: string;
  textVersion: number;
  myCodings: number;
  submittedByMe: boolean;
  submittedBy: number;
}

/** What every coding act answers: the coding concerned (null for a document memo or a submission) and the new version. */
export interface CodingSaved {
  codingId: string | null;
  version: number;
}

/** A span of the text: [start, end) in UTF-16 code units, and the words there. */
export interface Segment {
  start: number;
  end: number;
  quote: string;
}
