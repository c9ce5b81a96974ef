import { describe, expect, it } from "vitest";
import { groupByCase, queryHint, readSearch, searchApiPath, searchParams } from "./searchQuery";

describe("readSearch and searchParams", () => {
  it("read a keyword, a theme and a page from the address and write them back", () => {
    for (const query of ["q=co-produc*+NEAR/5+users&page=3", "theme=3", "q=%22lived+experience%22"]) {
      const state = readSearch(new URLSearchParams(query));
      expect(readSearch(new URLSearchParams(searchParams(state)))).toEqual(state);
    }
    expect(readSearch(new URLSearchParams("q=trust&page=2"))).toEqual({ ask: { kind: "keyword", q: "trust" }, page: 2 });
  });

  it("take nothing to search for from an empty or broken address, and page 1 from a bad page", () => {
    expect(readSearch(new URLSearchParams("q=%20&theme=x&page=0"))).toEqual({ ask: null, page: 1 });
    expect(readSearch(new URLSearchParams("theme=2&q=trust"))).toEqual({ ask: { kind: "theme", theme: 2 }, page: 1 });
  });
});

describe("searchApiPath", () => {
  it("asks the API for the keyword or the theme, encoded, and the page only past the first", () => {
    expect(searchApiPath("demo", { ask: { kind: "keyword", q: "co-produc* NEAR/5 users" }, page: 1 })).toBe(
      "/api/studies/demo/search?q=co-produc*+NEAR%2F5+users",
    );
    expect(searchApiPath("a b", { ask: { kind: "theme", theme: 3 }, page: 2 })).toBe("/api/studies/a%20b/search?theme=3&page=2");
  });
});

describe("groupByCase", () => {
  it("puts consecutive documents of a case under one heading, in the order given", () => {
    const documents = [
      { caseId: "A", caseName: "Alpha", documentId: "d1" },
      { caseId: "A", caseName: "Alpha", documentId: "d2" },
      { caseId: "B", caseName: "Beta", documentId: "d1" },
    ];
    expect(groupByCase(documents).map((g) => [g.caseId, g.documents.map((d) => d.documentId)])).toEqual([
      ["A", ["d1", "d2"]],
      ["B", ["d1"]],
    ]);
  });
});

describe("queryHint", () => {
  it("says what a query finds, what is wrong with it, or nothing for an empty box", () => {
    expect(queryHint("co-produc* NEAR/5 users")).toEqual({
      ok: true,
      text: "Finds “co-produc…” within 5 words of “users”, in either order.",
    });
    expect(queryHint("co-produc* NEAR users")).toMatchObject({ ok: false, text: expect.stringContaining("needs a distance in words") });
    expect(queryHint("  ")).toBeNull();
  });
});
