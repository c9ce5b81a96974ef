import type { Checked } from "../studies/validation";
import { safeHttpUrl } from "../ui/links";
import { parseDocumentType } from "./documentTypes";
import type { AddDocumentBody, DocumentType, MergeBody, RetypeBody, SplitBody } from "./types";

/** The server's limits. */
export const maxTitle = 500;
export const maxNotes = 4000;

const cleaned = (text: string): string | null => (text.trim() === "" ? null : text.trim());

const check = <T>(errors: string[], value: () => T): Checked<T> =>
  errors.length > 0 ? { ok: false, errors } : { ok: true, value: value() };

const reasonErrors = (reason: string): string[] =>
  reason.trim() === "" ? ["Give a reason: it is recorded with the change for the audit trail."] : [];

function titleErrors(title: string): string[] {
  const text = title.trim();
  if (text === "") return ["Give the document a title."];
  return text.length > maxTitle ? [`A title has at most ${maxTitle} characters; this one has ${text.length}.`] : [];
}

const typeErrors = (type: string): string[] => (parseDocumentType(type) === null ? ["Choose the document's type."] : []);

const typeOf = (type: string): DocumentType => parseDocumentType(type) ?? "other";

export interface AddInput {
  title: string;
  type: string;
  publisher: string;
  year: string;
  url: string;
  notes: string;
}

export const emptyAddInput: AddInput = { title: "", type: "", publisher: "", year: "", url: "", notes: "" };

/** A document INDIGO does not cite: a title and a type; a year 1900–2100 and a web address when given. */
export function checkAdd(input: AddInput, expectedVersion: number): Checked<AddDocumentBody> {
  const year = input.year.trim();
  const url = cleaned(input.url);
  const notes = cleaned(input.notes);
  const errors = [...titleErrors(input.title), ...typeErrors(input.type)];
  if (year !== "" && !(/^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) <= 2100)) {
    errors.push(`The year must be between 1900 and 2100; got "${year}".`);
  }
  if (url !== null && safeHttpUrl(url) === null) errors.push("The URL must be a web address starting with http:// or https://.");
  if (notes !== null && notes.length > maxNotes) errors.push(`Notes have at most ${maxNotes} characters; these have ${notes.length}.`);
  return check(errors, () => ({
    title: input.title.trim(),
    type: typeOf(input.type),
    publisher: cleaned(input.publisher),
    year: year === "" ? null : Number(year),
    url,
    notes,
    expectedVersion,
  }));
}

/** Two or more documents are one; the first listed keeps its id (and its title, unless one is given). */
export function checkMerge(
  input: { documentIds: string[]; title: string; reason: string },
  expectedVersion: number,
): Checked<MergeBody> {
  const ids = [...new Set(input.documentIds)];
  const errors = ids.length < 2 ? [`Select at least two documents to merge; ${ids.length} selected.`] : [];
  if (cleaned(input.title) !== null) errors.push(...titleErrors(input.title));
  errors.push(...reasonErrors(input.reason));
  return check(errors, () => ({ documentIds: ids, title: cleaned(input.title), reason: input.reason.trim(), expectedVersion }));
}

/** Some, not all, of a document's source rows cite another work: they become a new document. */
export function checkSplit(
  input: { documentId: string; sourceIds: string[]; sourceCount: number; title: string; type: string; reason: string },
  expectedVersion: number,
): Checked<SplitBody> {
  const errors: string[] = [];
  if (input.documentId === "") errors.push("Choose the document to split.");
  else if (input.sourceIds.length === 0 || input.sourceIds.length >= input.sourceCount) {
    errors.push(`Choose some but not all of the document's ${input.sourceCount} source rows to split off.`);
  }
  errors.push(...titleErrors(input.title), ...typeErrors(input.type), ...reasonErrors(input.reason));
  return check(errors, () => ({
    sourceIds: input.sourceIds,
    title: input.title.trim(),
    type: typeOf(input.type),
    reason: input.reason.trim(),
    expectedVersion,
  }));
}

/** A document's type changes, with a reason. */
export function checkRetype(
  input: { documentId: string; currentType: string | null; type: string; reason: string },
  expectedVersion: number,
): Checked<RetypeBody> {
  const errors: string[] = [];
  if (input.documentId === "") errors.push("Choose the document to retype.");
  errors.push(...typeErrors(input.type));
  const type = parseDocumentType(input.type);
  if (type !== null && input.currentType !== null && parseDocumentType(input.currentType) === type) {
    errors.push("The document already has that type; nothing to change.");
  }
  errors.push(...reasonErrors(input.reason));
  return check(errors, () => ({ type: typeOf(input.type), reason: input.reason.trim(), expectedVersion }));
}
