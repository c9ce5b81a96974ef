import type { Role } from "../studies/types";

/** A theme of a study's codebook; number is its stable key, never reused. */
export interface Theme {
  number: number;
  name: string;
  definition: string;
  inclusionNotes: string | null;
  exclusionNotes: string | null;
  exampleQuotes: string[];
  colour: string;
  keywords: string[];
  parent: number | null;
  retired: boolean;
}

export interface CodebookHistoryEntry {
  version: number;
  at: string;
  by: string;
  description: string;
  reason: string | null;
  theme: number | null;
}

export interface Codebook {
  studyId: string;
  version: number;
  latestVersion: number;
  myRole: Role;
  themes: Theme[];
  history: CodebookHistoryEntry[];
}

export interface CodebookSaved {
  studyId: string;
  version: number;
  themeNumber: number;
}

/** The fields of a theme a lead writes (adding or revising). */
export interface ThemeBody {
  name: string;
  definition: string;
  inclusionNotes: string | null;
  exclusionNotes: string | null;
  exampleQuotes: string[];
  colour: string | null;
  keywords: string[];
}
