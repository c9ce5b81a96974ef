import { describe, expect, it } from "vitest";
import { checkAdd, checkMerge, checkRetype, checkSplit, emptyAddInput } from "./registerInput";

describe("adding a document", () => {
  it("sends a trimmed document with the register's version", () => {
    const checked = checkAdd(
      { title: " Final evaluation ", type: "evaluation", publisher: " Ecorys ", year: "2019", url: "https://example.org/r", notes: "" },
      3,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        title: "Final evaluation",
        type: "evaluation",
        publisher: "Ecorys",
        year: 2019,
        url: "https://example.org/r",
        notes: null,
        expectedVersion: 3,
      },
    });
  });

  it("needs a title and a type", () => {
    const checked = checkAdd(emptyAddInput, 0);
    expect(checked).toEqual({ ok: false, errors: ["Give the document a title.", "Choose the document's type."] });
  });

  it("refuses a year out of range, a script address and long notes", () => {
    const base = { ...emptyAddInput, title: "T", type: "review" };
    expect(checkAdd({ ...base, year: "1850" }, 0).ok).toBe(false);
    expect(checkAdd({ ...base, year: "20" }, 0).ok).toBe(false);
    expect(checkAdd({ ...base, url: "javascript:alert(1)" }, 0).ok).toBe(false);
    expect(checkAdd({ ...base, notes: "n".repeat(4001) }, 0).ok).toBe(false);
    expect(checkAdd({ ...base, title: "t".repeat(501) }, 0).ok).toBe(false);
    expect(checkAdd(base, 0)).toMatchObject({ ok: true, value: { year: null, url: null, publisher: null } });
  });
});

describe("merging documents", () => {
  it("needs two different documents and a reason", () => {
    expect(checkMerge({ documentIds: ["d1", "d1"], title: "", reason: "same" }, 0).ok).toBe(false);
    expect(checkMerge({ documentIds: ["d1", "d2"], title: "", reason: " " }, 0).ok).toBe(false);
    expect(checkMerge({ documentIds: ["d1", "d3"], title: "", reason: " one report " }, 4)).toEqual({
      ok: true,
      value: { documentIds: ["d1", "d3"], title: null, reason: "one report", expectedVersion: 4 },
    });
  });
});

describe("splitting a document", () => {
  const input = { documentId: "d1", sourceIds: ["source2"], sourceCount: 3, title: "Annex", type: "other", reason: "another work" };

  it("moves some but not all source rows into a new document", () => {
    expect(checkSplit(input, 2)).toEqual({
      ok: true,
      value: { sourceIds: ["source2"], title: "Annex", type: "other", reason: "another work", expectedVersion: 2 },
    });
    expect(checkSplit({ ...input, sourceIds: [] }, 2).ok).toBe(false);
    expect(checkSplit({ ...input, sourceIds: ["a", "b", "c"] }, 2).ok).toBe(false);
    expect(checkSplit({ ...input, documentId: "" }, 2).ok).toBe(false);
  });

  it("needs the new document's title, type and a reason", () => {
    const checked = checkSplit({ ...input, title: "", type: "", reason: "" }, 0);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toHaveLength(3);
  });
});

describe("retyping a document", () => {
  it("changes the type with a reason", () => {
    expect(checkRetype({ documentId: "d2", currentType: "other", type: "news", reason: "a press release" }, 1)).toEqual({
      ok: true,
      value: { type: "news", reason: "a press release", expectedVersion: 1 },
    });
  });

  it("refuses the same type, no type and no reason", () => {
    expect(checkRetype({ documentId: "d2", currentType: "academicArticle", type: "academicArticle", reason: "r" }, 0).ok).toBe(false);
    expect(checkRetype({ documentId: "d2", currentType: null, type: "", reason: "r" }, 0).ok).toBe(false);
    expect(checkRetype({ documentId: "d2", currentType: null, type: "news", reason: "" }, 0).ok).toBe(false);
    expect(checkRetype({ documentId: "", currentType: null, type: "news", reason: "r" }, 0).ok).toBe(false);
  });
});
