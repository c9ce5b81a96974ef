import type { Role } from "../../studies/types";
import type { SkippedKeyword } from "../search/types";

/** A suggested coding: theme for [start, end) (UTF-16) of a text version, found by a keyword of the theme. */
export interface Suggestion {
  suggestionId: string;
  theme: number;
  keyword: string;
  caseId: string;
  documentId: string;
  textVersion: number;
  start: number;
  end: number;
  quote: string;
  page: number | null;
  before: string;
  after: string;
  moreBefore: boolean;
  moreAfter: boolean;
}

/** streamVersion: my coding stream's version for the document, the expectedVersion of accepting or rejecting. */
export interface DocumentSuggestions {
  caseId: string;
  caseName: string;
  documentId: string;
  documentTitle: string;
  textVersion: number;
  streamVersion: number;
  decided: number;
  open: Suggestion[];
}

export interface SuggestionsView {
  studyId: string;
  theme: number;
  themeName: string;
  themeColour: string;
  codebookVersion: number;
  keywords: string[];
  skipped: SkippedKeyword[];
  documents: number;
  cases: number;
  page: number;
  pageSize: number;
  pages: number;
  results: DocumentSuggestions[];
  unplaced: number;
}

export interface KeywordPrecisionRow {
  keyword: string;
  listed: boolean;
  accepted: number;
  rejected: number;
  precision: number | null;
}

export interface ThemePrecision {
  theme: number;
  name: string;
  colour: string;
  keywords: KeywordPrecisionRow[];
  accepted: number;
  rejected: number;
  precision: number | null;
}

export interface PrecisionView {
  studyId: string;
  myRole: Role;
  mine: ThemePrecision[];
  allCoders: ThemePrecision[] | null;
}
