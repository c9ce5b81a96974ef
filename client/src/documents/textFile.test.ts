import { describe, expect, it } from "vitest";
import { checkTextFile, formatBytes, maxTextFileBytes } from "./textFile";
import { pagesOf } from "./textPages";

describe("choosing a document's file", () => {
  it("takes text, Markdown, HTML and PDF by extension or media type", () => {
    expect(checkTextFile({ name: "Final Evaluation.PDF", size: 1200, type: "" })).toEqual([]);
    expect(checkTextFile({ name: "notes.md", size: 10, type: "" })).toEqual([]);
    expect(checkTextFile({ name: "download", size: 10, type: "text/html" })).toEqual([]);
  });

  it("says what to do with a Word file, an empty file and one over 50 MB", () => {
    expect(checkTextFile({ name: "report.docx", size: 10, type: "application/msword" })[0]).toContain("save a Word file as PDF");
    expect(checkTextFile({ name: "empty.txt", size: 0, type: "text/plain" })).toEqual([
      '"empty.txt" is empty: choose the file with the document\'s text.',
    ]);
    expect(checkTextFile({ name: "scan.pdf", size: maxTextFileBytes + 1, type: "application/pdf" })[0]).toBe(
      '"scan.pdf" is 50.0 MB; a document\'s file may have up to 50 MB. Upload the text alone (.txt), or split the PDF into parts.',
    );
    expect(checkTextFile(null)).toEqual(["Choose the file with the document's text."]);
  });

  it("shows sizes as people read them", () => {
    expect([formatBytes(12), formatBytes(2048), formatBytes(61.25 * 1024 * 1024)]).toEqual(["12 bytes", "2 KB", "61.3 MB"]);
  });
});

describe("a text's pages", () => {
  it("cuts the text at UTF-16 offsets, so an emoji before a page break does not shift it", () => {
    const text = "We 👍 co-produce\n\nPage two";
    expect(text.indexOf("Page two")).toBe(18);
    expect(
      pagesOf(text, [
        { number: 1, start: 0, end: 18 },
        { number: 2, start: 18, end: 18 },
        { number: 3, start: 18, end: 26 },
      ]),
    ).toEqual([
      { number: 1, text: "We 👍 co-produce" },
      { number: 2, text: "" },
      { number: 3, text: "Page two" },
    ]);
  });

  it("shows a text without pages whole", () => {
    expect(pagesOf("one\n\ntwo", [])).toEqual([{ number: null, text: "one\n\ntwo" }]);
  });
});
