import { getJson, request } from "../api/http";
import type { AddMetricBody, AssessmentBody, ConsensusBody, CorrectionBody, OutcomeCaseView, OutcomeCohorts } from "./types";

const outcomesPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}/outcomes`;
const casePath = (studyId: string, caseId: string) => `${outcomesPath(studyId)}/cases/${encodeURIComponent(caseId)}`;

export const fetchCohorts = (studyId: string, signal: AbortSignal) =>
  getJson<OutcomeCohorts>(`${outcomesPath(studyId)}/cohorts`, signal);

export const fetchOutcomeCase = (studyId: string, caseId: string, signal: AbortSignal) =>
  getJson<OutcomeCaseView>(casePath(studyId, caseId), signal);

/** expectedVersion: the number of assessments I have made of the case (0 for the first); 409 when stale. */
export const recordAssessment = (studyId: string, caseId: string, body: AssessmentBody) =>
  request<unknown>("POST", `${casePath(studyId, caseId)}/assessment`, { body });

/** A coder corrects or gives one figure from a document page; expectedVersion: the evidence's entries so far. */
export const correctEvidence = (studyId: string, caseId: string, body: CorrectionBody) =>
  request<unknown>("POST", `${casePath(studyId, caseId)}/evidence/corrections`, { body });

/** A coder adds a metric INDIGO does not list; expectedVersion as for a correction. */
export const addMetric = (studyId: string, caseId: string, body: AddMetricBody) =>
  request<unknown>("POST", `${casePath(studyId, caseId)}/evidence/metrics`, { body });

/** The lead settles a conflict; expectedVersion: the consensus decisions on the case so far. */
export const recordOutcomeConsensus = (studyId: string, caseId: string, body: ConsensusBody) =>
  request<unknown>("POST", `${casePath(studyId, caseId)}/consensus`, { body });

export const outcomesRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/outcomes`;
export const outcomeCaseRoute = (studyId: string, caseId: string) =>
  `${outcomesRoute(studyId)}/${encodeURIComponent(caseId)}`;
