import { getJson, request } from "../api/http";
import type { Criteria, Role, Study, StudyListItem } from "./types";

const studyPath = (id: string) => `/api/studies/${encodeURIComponent(id)}`;

export const fetchStudies = (signal: AbortSignal) => getJson<StudyListItem[]>("/api/studies", signal);

export const createStudy = (name: string, question: string) =>
  request<{ id: string }>("POST", "/api/studies", { body: { name, question } });

export const fetchStudy = (id: string, signal: AbortSignal) => getJson<Study>(studyPath(id), signal);

export const candidatesPath = (id: string) => `${studyPath(id)}/candidates`;

export const changeTolerance = (id: string, change: { tolerance: number; reason: string; expectedVersion: number }) =>
  request<unknown>("PUT", `${studyPath(id)}/tolerance`, { body: change });

export const changeAchievementBasis = (
  id: string,
  change: { basis: string; rule: string | null; reason: string; expectedVersion: number },
) => request<unknown>("PUT", `${studyPath(id)}/achievement-basis`, { body: change });

export const changeCriteria = (id: string, change: Criteria & { reason: string; expectedVersion: number }) =>
  request<unknown>("PUT", `${studyPath(id)}/criteria`, { body: change });

/** The contract needs only userName and role; expectedVersion lets the server refuse a stale form too. */
export const addMember = (id: string, member: { userName: string; role: Role; expectedVersion: number }) =>
  request<unknown>("POST", `${studyPath(id)}/members`, { body: member });
