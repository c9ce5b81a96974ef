import { getJson, request } from "../../api/http";
import type { CaseJudgementsView, CoderJudgements, ConsensusBody, JudgementBody, ThemePrevalence } from "./types";

const studyPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}`;
const judgementsPath = (studyId: string, caseId: string) => `${studyPath(studyId)}/cases/${encodeURIComponent(caseId)}/judgements`;

interface JudgementsSaved {
  caseId: string;
  mine: CoderJudgements;
}

export const fetchCaseJudgements = (studyId: string, caseId: string, signal: AbortSignal) =>
  getJson<CaseJudgementsView>(judgementsPath(studyId, caseId), signal);

/** expectedVersion: my judgement stream's version for the case as the page showed it; 409 when stale. */
export const judgeTheme = (studyId: string, caseId: string, body: JudgementBody) =>
  request<JudgementsSaved>("POST", judgementsPath(studyId, caseId), { body });

export const submitCaseJudgements = (studyId: string, caseId: string, expectedVersion: number) =>
  request<JudgementsSaved>("POST", `${judgementsPath(studyId, caseId)}/submission`, { body: { expectedVersion } });

/** The lead settles a theme the coders disagree on; expectedVersion: the consensus decisions on the case so far. */
export const recordJudgementConsensus = (studyId: string, caseId: string, body: ConsensusBody) =>
  request<unknown>("POST", `${judgementsPath(studyId, caseId)}/consensus`, { body });

export const fetchThemePrevalence = (studyId: string, signal: AbortSignal) =>
  getJson<ThemePrevalence>(`${studyPath(studyId)}/themes/prevalence`, signal);

export const themesRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/themes`;
export const caseJudgementsRoute = (studyId: string, caseId: string) =>
  `/studies/${encodeURIComponent(studyId)}/judgements/${encodeURIComponent(caseId)}`;
