import { getJson, request, withQuery } from "../../api/http";
import type { PrecisionView, Suggestion, SuggestionsView } from "./types";

const studyPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}`;

export const suggestionsRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/suggestions`;
export const precisionRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/keyword-precision`;

export const suggestionsPath = (studyId: string, theme: number, page: number) =>
  withQuery(`${studyPath(studyId)}/suggestions`, { theme, page: page > 1 ? page : null });

export const fetchSuggestions = (studyId: string, theme: number, page: number, signal: AbortSignal) =>
  getJson<SuggestionsView>(suggestionsPath(studyId, theme, page), signal);

export const fetchPrecision = (studyId: string, signal: AbortSignal) =>
  getJson<PrecisionView>(`${studyPath(studyId)}/keyword-precision`, signal);

export const rejectSuggestion = (studyId: string, s: Suggestion, reason: string, expectedVersion: number) =>
  request<{ suggestionId: string; version: number }>(
    "POST",
    `${studyPath(studyId)}/suggestions/${encodeURIComponent(s.suggestionId)}/rejection`,
    {
      body: {
        caseId: s.caseId,
        documentId: s.documentId,
        textVersion: s.textVersion,
        theme: s.theme,
        keyword: s.keyword,
        start: s.start,
        end: s.end,
        reason: reason.trim() === "" ? null : reason.trim(),
        expectedVersion,
      },
    },
  );
