import { describe, expect, it } from "vitest";
import { documentTypeLabel, documentTypes, eligibleTypes, parseDocumentType } from "./documentTypes";

describe("document types", () => {
  it("names each type", () => {
    expect(documentTypes.map(documentTypeLabel)).toEqual([
      "Review",
      "Evaluation",
      "Commentary",
      "Academic article",
      "Case study",
      "News",
      "Other",
    ]);
  });

  it("reads the server's spelling and others", () => {
    expect(parseDocumentType("academicArticle")).toBe("academicArticle");
    expect(parseDocumentType("Academic article")).toBe("academicArticle");
    expect(parseDocumentType("CASE_STUDY")).toBe("caseStudy");
    expect(parseDocumentType("pamphlet")).toBeNull();
    expect(documentTypeLabel("pamphlet")).toBe("pamphlet");
  });

  it("counts the four eligible types", () => {
    expect(documentTypes.filter((t) => eligibleTypes.has(t))).toEqual([
      "review",
      "evaluation",
      "commentary",
      "academicArticle",
    ]);
  });
});
