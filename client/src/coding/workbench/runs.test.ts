import { describe, expect, it } from "vitest";
import { pageOf, pageRanges, runsOf, type Highlight } from "./runs";

const h = (codingId: string, theme: number, start: number, end: number): Highlight => ({ codingId, theme, start, end });

describe("runsOf", () => {
  it("covers every character exactly once, in order, with no coding as one run", () => {
    expect(runsOf(0, 10, [])).toEqual([{ start: 0, end: 10, highlights: [] }]);
  });

  it("shows overlapping codings as a run covered by both, outermost first", () => {
    const outer = h("a", 1, 2, 12);
    const inner = h("b", 3, 5, 8);
    const crossing = h("c", 2, 10, 15);
    const runs = runsOf(0, 20, [crossing, inner, outer]);
    expect(runs.map((r) => [r.start, r.end, r.highlights.map((x) => x.codingId).join("")])).toEqual([
      [0, 2, ""],
      [2, 5, "a"],
      [5, 8, "ab"],
      [8, 10, "a"],
      [10, 12, "ac"],
      [12, 15, "c"],
      [15, 20, ""],
    ]);
  });

  it("cuts a coding that crosses a page at the page's edges", () => {
    expect(runsOf(10, 20, [h("a", 1, 5, 15)])).toEqual([
      { start: 10, end: 15, highlights: [h("a", 1, 5, 15)] },
      { start: 15, end: 20, highlights: [] },
    ]);
  });

  it("keeps an emoji's surrogate pairs and a letter's combining accent inside one run when codings end on whole characters", () => {
    const text = "Les usagers 👩‍⚕️ ont co-conc\u0327u le service";
    const emoji = text.indexOf("👩");
    const cedilla = text.indexOf("\u0327");
    const runs = runsOf(0, text.length, [h("e", 1, emoji, emoji + 5), h("a", 2, text.indexOf("co-"), cedilla + 1)]);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual(["Les usagers ", "👩‍⚕️", " ont ", "co-conc\u0327", "u le service"]);
    expect(runs.map((r) => text.slice(r.start, r.end)).join("")).toBe(text);
  });
});

describe("pageRanges", () => {
  it("is one unnumbered page for an unpaged text", () => {
    expect(pageRanges(42, [])).toEqual([{ number: null, start: 0, end: 42 }]);
  });

  it("covers the whole text from the first page to the last", () => {
    const pages = [
      { number: 1, start: 0, end: 10 },
      { number: 2, start: 10, end: 25 },
    ];
    expect(pageRanges(25, pages)).toEqual([
      { number: 1, start: 0, end: 10 },
      { number: 2, start: 10, end: 25 },
    ]);
  });
});

describe("pageOf", () => {
  const pages = pageRanges(25, [
    { number: 1, start: 0, end: 10 },
    { number: 2, start: 10, end: 25 },
  ]);

  it("names the page a coding starts on, and none for an unpaged text", () => {
    expect([pageOf(pages, 0), pageOf(pages, 9), pageOf(pages, 10), pageOf(pages, 24)]).toEqual([1, 1, 2, 2]);
    expect(pageOf(pageRanges(25, []), 3)).toBeNull();
  });
});
