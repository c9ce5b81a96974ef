import { getJson, withQuery } from "../api/http";
import type { CaseTimelineView } from "./types";

/** GET /api/studies/{id}/cases/{caseId}/timeline[?asOf=ISO-8601]; 403 while the viewer is still blind on the case. */
export const fetchCaseTimeline = (studyId: string, caseId: string, asOf: string | null, signal: AbortSignal) =>
  getJson<CaseTimelineView>(
    withQuery(`/api/studies/${encodeURIComponent(studyId)}/cases/${encodeURIComponent(caseId)}/timeline`, { asOf }),
    signal,
  );

export const caseTimelineRoute = (studyId: string, caseId: string) =>
  `/studies/${encodeURIComponent(studyId)}/cases/${encodeURIComponent(caseId)}/timeline`;
