import { getJson, send, withQuery } from "../api/http";
import { ApiProblem, networkProblem, parseProblem } from "../api/problem";
import { readLines } from "./ndjson";
import { toleranceParam } from "./sweep";
import type { ReplayProgress, ReplayReport } from "./types";

export interface ReplayOptions {
  /** Replay the inclusion criterion with this minimum of distinct documents instead of the study's own. */
  minimumDistinctDocuments?: number;
  /** An ISO moment to replay up to. */
  asOf?: string;
}

const replayPath = (studyId: string, tolerances: readonly number[], options: ReplayOptions) =>
  withQuery(`/api/studies/${encodeURIComponent(studyId)}/replay`, {
    tolerance: toleranceParam(tolerances),
    minimumDistinctDocuments: options.minimumDistinctDocuments,
    asOf: options.asOf,
  });

/** The study replayed under each tolerance (read-only). */
export const fetchReplay = (studyId: string, tolerances: readonly number[], signal: AbortSignal, options: ReplayOptions = {}) =>
  getJson<ReplayReport>(replayPath(studyId, tolerances, options), signal);

/** The same replay, streamed: onProgress hears how far the server has read the log until the report arrives. */
export async function streamReplay(
  studyId: string,
  tolerances: readonly number[],
  signal: AbortSignal,
  onProgress: (progress: ReplayProgress) => void,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  const response = await send("GET", replayPath(studyId, tolerances, options), {
    signal,
    accept: "application/x-ndjson, application/problem+json",
  });
  if (response.body === null) throw networkProblem();
  let report: ReplayReport | undefined;
  let problem: ApiProblem | undefined;
  await readLines(response.body, (line) => {
    const value = line as { progress?: ReplayProgress; report?: ReplayReport; problem?: { status: number } };
    if (value.progress) onProgress(value.progress);
    if (value.report) report = value.report;
    if (value.problem) problem = parseProblem(value.problem.status, value.problem);
  });
  if (problem) throw problem;
  if (!report) throw networkProblem();
  return report;
}

export const replayRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/replay`;
