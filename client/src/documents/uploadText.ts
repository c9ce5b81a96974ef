import { networkProblem, parseProblem } from "../api/problem";
import { documentPath } from "./api";
import type { DocumentRegisterVersion } from "./types";

/**
 * Sends a document's file as multipart/form-data (field "file", and "note"), reporting the share sent so far: fetch
 * cannot tell upload progress, XMLHttpRequest can. Resolves with the register's new version and the text's version;
 * rejects with the server's problem.
 */
export function uploadText(
  caseId: string,
  documentId: string,
  file: File,
  note: string,
  onProgress: (sent: number) => void,
): Promise<DocumentRegisterVersion> {
  const form = new FormData();
  form.append("file", file, file.name);
  if (note.trim() !== "") form.append("note", note.trim());
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${documentPath(caseId, documentId)}/texts`);
    request.setRequestHeader("Accept", "application/json, application/problem+json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(networkProblem());
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText === "" ? null : (JSON.parse(request.responseText) as unknown);
      } catch {
        body = request.responseText;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as DocumentRegisterVersion);
      else reject(parseProblem(request.status, body));
    };
    request.send(form);
  });
}
