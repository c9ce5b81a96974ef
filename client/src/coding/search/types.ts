/** A keyword-in-context line: [start, end) are UTF-16 offsets into the text version, as JavaScript indexes strings. */
export interface KwicLine {
  keyword: string;
  start: number;
  end: number;
  page: number | null;
  before: string;
  match: string;
  after: string;
  moreBefore: boolean;
  moreAfter: boolean;
}

export interface DocumentHits {
  caseId: string;
  caseName: string;
  documentId: string;
  documentTitle: string;
  textVersion: number;
  textId: string;
  hitCount: number;
  lines: KwicLine[];
}

export interface SkippedKeyword {
  keyword: string;
  problem: string;
}

export interface SearchResults {
  studyId: string;
  keywords: string[];
  skipped: SkippedKeyword[];
  theme: number | null;
  documents: number;
  cases: number;
  page: number;
  pageSize: number;
  pages: number;
  results: DocumentHits[];
  unplaced: number;
}
