import { getJson } from "../../api/http";
import { searchApiPath, type SearchState } from "./searchQuery";
import type { SearchResults } from "./types";

export const fetchSearch = (studyId: string, state: SearchState, signal: AbortSignal) =>
  getJson<SearchResults>(searchApiPath(studyId, state), signal);
