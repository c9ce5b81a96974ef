import { getJson, request } from "../api/http";
import type {
  CasesAssigned,
  ConsensusBody,
  DecisionBody,
  ScreeningCaseView,
  ScreeningConflicts,
  ScreeningFlow,
  ScreeningQueue,
} from "./types";

const screeningPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}/screening`;
const casePath = (studyId: string, caseId: string) =>
  `${screeningPath(studyId)}/cases/${encodeURIComponent(caseId)}`;

export const fetchQueue = (studyId: string, signal: AbortSignal) =>
  getJson<ScreeningQueue>(`${screeningPath(studyId)}/queue`, signal);

export const fetchScreeningCase = (studyId: string, caseId: string, signal: AbortSignal) =>
  getJson<ScreeningCaseView>(casePath(studyId, caseId), signal);

export const fetchConflicts = (studyId: string, signal: AbortSignal) =>
  getJson<ScreeningConflicts>(`${screeningPath(studyId)}/conflicts`, signal);

export const fetchFlow = (studyId: string, signal: AbortSignal) =>
  getJson<ScreeningFlow>(`${screeningPath(studyId)}/flow`, signal);

/** caseIds left out: all the study's candidates; each case ends with at least perCase coders. */
export const assignCases = (studyId: string, body: { caseIds?: string[]; coders: string[]; perCase: number }) =>
  request<CasesAssigned>("POST", `${screeningPath(studyId)}/assignments`, { body });

/** expectedVersion: the number of decisions I have made on the case (0 for the first); 409 when stale. */
export const recordDecision = (studyId: string, caseId: string, body: DecisionBody) =>
  request<unknown>("POST", `${casePath(studyId, caseId)}/decision`, { body });

/** The lead settles a conflict; expectedVersion: the consensus decisions on the case so far. */
export const recordConsensus = (studyId: string, caseId: string, body: ConsensusBody) =>
  request<unknown>("POST", `${casePath(studyId, caseId)}/consensus`, { body });
