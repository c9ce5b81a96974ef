/** The reader page of one text version. */
export const textPath = (caseId: string, documentId: string, version: number) =>
  `/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/texts/${version}`;
