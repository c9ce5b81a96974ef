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

/**
 * Accepting is coding: the workbench's apply-coding endpoint records the coding, carrying the suggestion's id so that
 * its keyword's precision counts it.
 */
export const acceptSuggestion = (studyId: string, s: Suggestion, expectedVersion: number) =>
  request<{ codingId: string; version: number }>(
    "POST",
    `${studyPath(studyId)}/cases/${encodeURIComponent(s.caseId)}/documents/${encodeURIComponent(s.documentId)}/codings`,
    {
      body: {
        textVersion: s.textVersion,
        theme: s.theme,
        start: s.start,
        end: s.end,
        quote: s.quote,
        suggestionId: s.suggestionId,
        expectedVersion,
      },
    },
  );

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
