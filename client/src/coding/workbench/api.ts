import { getJson, request, withQuery } from "../../api/http";
import type { CodingSaved, DocumentCodings, DocumentToCode, Segment, SegmentAgreement } from "./types";

export interface DocumentRef {
  studyId: string;
  caseId: string;
  documentId: string;
}

const enc = encodeURIComponent;
const documentPath = (d: DocumentRef) =>
  `/api/studies/${enc(d.studyId)}/cases/${enc(d.caseId)}/documents/${enc(d.documentId)}`;
const codingPath = (d: DocumentRef, codingId: string) => `${documentPath(d)}/codings/${enc(codingId)}`;

/**
 * The workbench page of a document: a text version (the latest when null), optionally opened with a passage selected
 * (UTF-16 offsets, e.g. a search hit), ready to be coded with a key.
 */
export const workbenchRoute = (d: DocumentRef, version: number | null = null, passage: { start: number; end: number } | null = null) =>
  withQuery(`/studies/${enc(d.studyId)}/cases/${enc(d.caseId)}/documents/${enc(d.documentId)}/code`, {
    version,
    start: passage?.start,
    end: passage?.end,
  });

export const codingDocumentsRoute = (studyId: string) => `/studies/${enc(studyId)}/coding`;

export const fetchCodings = (d: DocumentRef, textVersion: number | null, signal: AbortSignal) =>
  getJson<DocumentCodings>(withQuery(`${documentPath(d)}/codings`, { textVersion }), signal);

export const fetchSegmentAgreement = (d: DocumentRef, textVersion: number, signal: AbortSignal) =>
  getJson<SegmentAgreement>(withQuery(`${documentPath(d)}/agreement`, { textVersion }), signal);

export const fetchCodingDocuments = (studyId: string, signal: AbortSignal) =>
  getJson<DocumentToCode[]>(`/api/studies/${enc(studyId)}/coding/documents`, signal);

type Expected = { expectedVersion: number };

/** Codes a span; an accepted suggestion names itself, so that its keyword's precision counts it. */
export const applyCoding = (
  d: DocumentRef,
  body: Segment & Expected & { textVersion: number; theme: number; suggestionId: string | null },
) =>
  request<CodingSaved>("POST", `${documentPath(d)}/codings`, { body });

export const adjustCoding = (d: DocumentRef, codingId: string, body: Segment & Expected & { reason: string | null }) =>
  request<CodingSaved>("PUT", `${codingPath(d, codingId)}/span`, { body });

export const removeCoding = (d: DocumentRef, codingId: string, body: Expected & { reason: string | null }) =>
  request<CodingSaved>("POST", `${codingPath(d, codingId)}/removal`, { body });

export const writeCodingMemo = (d: DocumentRef, codingId: string, body: Expected & { memo: string }) =>
  request<CodingSaved>("PUT", `${codingPath(d, codingId)}/memo`, { body });

export const writeDocumentMemo = (d: DocumentRef, body: Expected & { textVersion: number; memo: string }) =>
  request<CodingSaved>("PUT", `${documentPath(d)}/memo`, { body });

export const submitDocumentCoding = (d: DocumentRef, body: Expected & { textVersion: number }) =>
  request<CodingSaved>("POST", `${documentPath(d)}/submission`, { body });
