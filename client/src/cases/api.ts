import { getJson } from "../api/http";
import type { CaseDetail } from "./types";

export const fetchCase = (id: string, signal: AbortSignal) =>
  getJson<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, signal);
