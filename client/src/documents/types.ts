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
  /** The document's text versions, oldest first. */
  texts: TextVersion[];
}

/** One immutable version of a document's text, without the text. length counts UTF-16 code units; pages is 0 when unpaged. */
export interface TextVersion {
  version: number;
  textId: string;
  contentHash: string;
  length: number;
  pages: number;
  sourceFileName: string;
  mediaType: string;
  sourceBytes: number;
  note: string | null;
  addedBy: string;
  addedAt: string;
}

/** Page number runs from offset start to end (UTF-16 code units, end exclusive): JavaScript string indices. */
export interface TextPage {
  number: number;
  start: number;
  end: number;
}

/** GET /api/cases/{id}/documents/{documentId}/texts/{version}. */
export interface DocumentText {
  caseId: string;
  documentId: string;
  documentTitle: string;
  version: number;
  latestVersion: number;
  textId: string;
  offsetUnit: "utf16";
  text: string;
  pages: TextPage[];
  contentHash: string;
  sourceFileName: string;
  mediaType: string;
  note: string | null;
  addedBy: string;
  addedAt: string;
}

/** seeded is false while the register is INDIGO's unstored suggestion (version 0). */
export interface CaseDocuments {
  caseId: string;
  version: number;
  seeded: boolean;
  eligibleCount: number;
  documents: DocumentView[];
}

/** What a change answers: the register's new version and the document it made or kept (and an added text's version). */
export interface DocumentRegisterVersion {
  caseId: string;
  version: number;
  documentId: string;
  textVersion: number | null;
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
