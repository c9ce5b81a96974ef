import { getJson, request } from "../api/http";
import type {
  AddDocumentBody,
  CaseDocuments,
  DocumentRegisterVersion,
  DocumentText,
  MergeBody,
  RetypeBody,
  SplitBody,
} from "./types";

const documentsPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/documents`;
export const documentPath = (caseId: string, documentId: string) =>
  `${documentsPath(caseId)}/${encodeURIComponent(documentId)}`;

export const fetchDocuments = (caseId: string, signal: AbortSignal) =>
  getJson<CaseDocuments>(documentsPath(caseId), signal);

export const addDocument = (caseId: string, body: AddDocumentBody) =>
  request<DocumentRegisterVersion>("POST", documentsPath(caseId), { body });

export const mergeDocuments = (caseId: string, body: MergeBody) =>
  request<DocumentRegisterVersion>("POST", `${documentsPath(caseId)}/merge`, { body });

export const splitDocument = (caseId: string, documentId: string, body: SplitBody) =>
  request<DocumentRegisterVersion>("POST", `${documentPath(caseId, documentId)}/split`, { body });

export const retypeDocument = (caseId: string, documentId: string, body: RetypeBody) =>
  request<DocumentRegisterVersion>("PUT", `${documentPath(caseId, documentId)}/type`, { body });

export const fetchDocumentText = (caseId: string, documentId: string, version: number, signal: AbortSignal) =>
  getJson<DocumentText>(`${documentPath(caseId, documentId)}/texts/${version}`, signal);
