import type { DocumentType } from "./types";

export const documentTypes: readonly DocumentType[] = [
  "review",
  "evaluation",
  "commentary",
  "academicArticle",
  "caseStudy",
  "news",
  "other",
];

/** The types the screening criterion counts: reviews, evaluations, commentaries, academic articles. */
export const eligibleTypes: ReadonlySet<string> = new Set<DocumentType>(["review", "evaluation", "commentary", "academicArticle"]);

const names: Record<DocumentType, string> = {
  review: "Review",
  evaluation: "Evaluation",
  commentary: "Commentary",
  academicArticle: "Academic article",
  caseStudy: "Case study",
  news: "News",
  other: "Other",
};

/** The type as the server spells it, whatever the case or separators: "academic article" -> "academicArticle". */
export function parseDocumentType(text: string): DocumentType | null {
  const letters = text.replace(/[^A-Za-z]/g, "").toLowerCase();
  return documentTypes.find((t) => t.toLowerCase() === letters) ?? null;
}

/** "academicArticle" -> "Academic article"; an unknown type is shown as given. */
export function documentTypeLabel(type: string): string {
  const known = parseDocumentType(type);
  return known === null ? type : names[known];
}
