import { getJson, request, withQuery } from "../api/http";
import type { Codebook, CodebookSaved, ThemeBody } from "./types";

const codebookPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}/codebook`;
const themePath = (studyId: string, number: number) => `${codebookPath(studyId)}/themes/${number}`;

export const codebookRoute = (studyId: string) => `/studies/${encodeURIComponent(studyId)}/codebook`;

/** The codebook at a version (null: the latest). */
export const fetchCodebook = (studyId: string, version: number | null, signal: AbortSignal) =>
  getJson<Codebook>(withQuery(codebookPath(studyId), { version }), signal);

type Change = { reason: string; expectedVersion: number };

export const addTheme = (studyId: string, body: ThemeBody & Change & { parent: number | null }) =>
  request<CodebookSaved>("POST", `${codebookPath(studyId)}/themes`, { body });

export const reviseTheme = (studyId: string, number: number, body: ThemeBody & Change) =>
  request<CodebookSaved>("PUT", themePath(studyId, number), { body });

export const retireTheme = (studyId: string, number: number, body: Change) =>
  request<CodebookSaved>("POST", `${themePath(studyId, number)}/retire`, { body });

export const changeThemeParent = (studyId: string, number: number, body: Change & { parent: number | null }) =>
  request<CodebookSaved>("PUT", `${themePath(studyId, number)}/parent`, { body });
