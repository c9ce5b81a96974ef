import { getJson, request } from "../api/http";
import type { MeasurementLevel, StudyAgreement } from "./types";

export const agreementPath = (studyId: string) => `/api/studies/${encodeURIComponent(studyId)}/agreement`;

export const fetchAgreement = (studyId: string, signal: AbortSignal) =>
  getJson<StudyAgreement>(agreementPath(studyId), signal);

export interface LabelSetImport {
  name: string;
  level: MeasurementLevel;
  /** The file's text: long format, header unit,coder,value. */
  csv: string;
}

/** 201 { id }; a 400 problem's detail names the line at fault; 403 for observers. */
export const importLabelSet = (studyId: string, labelSet: LabelSetImport) =>
  request<{ id: string }>("POST", `/api/studies/${encodeURIComponent(studyId)}/agreement-sets`, { body: labelSet });
