import { getJson, withQuery } from "../api/http";
import { toleranceParam } from "./sweep";
import type { ReplayReport } from "./types";

/** The study replayed under each tolerance (read-only); asOf: an ISO moment to replay up to. */
export const fetchReplay = (studyId: string, tolerances: readonly number[], signal: AbortSignal, asOf?: string) =>
  getJson<ReplayReport>(
    withQuery(`/api/studies/${encodeURIComponent(studyId)}/replay`, { tolerance: toleranceParam(tolerances), asOf }),
    signal,
  );

export const replayRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/replay`;
