/** The shapes of /api/cases/{id}/documents (camelCase JSON; the type is a camelCase enum name). */

export type DocumentType = "review" | "evaluation" | "commentary" | "academicArticle" | "caseStudy" | "news" | "other";

/** An INDIGO source row as INDIGO gives it: the evidence behind a document. */
export interface DocumentSource {
  id: string;
  name: string;
  type: string | null;
  url: string | null;
}

export interface DocumentView {
  id: string;
  title: string;
  type: string;
  publisher: string | null;
  year: number | null;
  url: string | null;
  notes: string | null;
  eligible: boolean;
  sources: DocumentSource[];
  evidence: string;
}

/** seeded is false while the register is INDIGO's unstored suggestion (version 0). */
export interface CaseDocuments {
  caseId: string;
  version: number;
  seeded: boolean;
  eligibleCount: number;
  documents: DocumentView[];
}

/** What a change answers: the register's new version and the document it made or kept. */
export interface DocumentRegisterVersion {
  caseId: string;
  version: number;
  documentId: string;
}

export interface AddDocumentBody {
  title: string;
  type: DocumentType;
  publisher: string | null;
  year: number | null;
  url: string | null;
  notes: string | null;
  expectedVersion: number;
}

export interface MergeBody {
  documentIds: string[];
  title: string | null;
  reason: string;
  expectedVersion: number;
}

export interface SplitBody {
  sourceIds: string[];
  title: string;
  type: DocumentType;
  reason: string;
  expectedVersion: number;
}

export interface RetypeBody {
  type: DocumentType;
  reason: string;
  expectedVersion: number;
}
