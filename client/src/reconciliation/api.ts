import { getJson, request } from "../api/http";
import type { DisagreementQueue, RoomMessage, RoomView } from "./types";

const studyPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}`;

export const roomPath = (studyId: string, caseId: string, key: string) =>
  `${studyPath(studyId)}/reconciliation/${encodeURIComponent(caseId)}/${encodeURIComponent(key)}`;

export const fetchQueue = (studyId: string, query: string, signal: AbortSignal) =>
  getJson<DisagreementQueue>(`${studyPath(studyId)}/reconciliation${query}`, signal);

export const fetchRoom = (studyId: string, caseId: string, key: string, signal: AbortSignal) =>
  getJson<RoomView>(roomPath(studyId, caseId, key), signal);

export const fetchRoomSince = (studyId: string, caseId: string, key: string, since: number) =>
  getJson<RoomMessage[]>(`${roomPath(studyId, caseId, key)}/events?since=${since}`);

export interface RoomActed {
  itemId: string;
  version: number;
}

export const postComment = (room: string, text: string) => request<RoomActed>("POST", `${room}/comments`, { body: { text } });

export const propose = (
  room: string,
  proposal: {
    choice: string;
    ratio: number | null;
    reason: string | null;
    start: number | null;
    end: number | null;
    text: string;
    expectedVersion: number;
  },
) => request<RoomActed>("POST", `${room}/proposals`, { body: proposal });

export const endorse = (room: string, proposalId: string) =>
  request<RoomActed>("POST", `${room}/proposals/${encodeURIComponent(proposalId)}/endorsement`);

export const objectTo = (room: string, proposalId: string, reason: string) =>
  request<RoomActed>("POST", `${room}/proposals/${encodeURIComponent(proposalId)}/objection`, { body: { reason } });
