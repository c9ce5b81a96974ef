import { describe, expect, it } from "vitest";
import { theme } from "./themeFixtures";
import { checkTheme, draftOf, emptyDraft, keywordLines } from "./themeInput";

const codebook = [theme(1, { name: "Vision and values first", colour: "#CC6677" }), theme(2, { name: "Trust", colour: "#332288" })];

const draft = {
  ...emptyDraft(),
  colour: "#DDCC77",
  name: " Reciprocity ",
  definition: "Partners give and take.",
  keywords: "Reciprocal*\n\n  give and take  ",
  exampleQuotes: "Each side gave something up.\n",
  reason: "seen in pilot coding",
};

describe("checkTheme", () => {
  it("cleans a good theme into what the server takes: trimmed, canonical keywords, upper-case colour", () => {
    expect(checkTheme({ ...draft, colour: "#ddcc77" }, codebook, null)).toEqual({
      ok: true,
      value: {
        name: "Reciprocity",
        definition: "Partners give and take.",
        inclusionNotes: null,
        exclusionNotes: null,
        exampleQuotes: ["Each side gave something up."],
        colour: "#DDCC77",
        keywords: ["reciprocal*", "give and take"],
        reason: "seen in pilot coding",
      },
    });
  });

  it("lists every problem at once, naming the keyword line", () => {
    const checked = checkTheme({ ...draft, name: "trust", colour: "#332288", keywords: "ok\nco*\nOK", reason: " " }, codebook, null);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([
      "Theme 2 is already called “Trust”; give this theme another name.",
      "Theme 2 (“Trust”) already has colour #332288; choose another.",
      expect.stringMatching(/^Keyword line 2 \(“co\*”\): A prefix needs at least 3 letters/),
      "Keyword line 3 (“OK”) is listed twice.",
      "Give a reason: the codebook's history records why it changed.",
    ]);
  });

  it("lets a revised theme keep its own name and colour", () => {
    const revised = { ...draftOf(codebook[1]!), definition: "Partners trust each other.", reason: "clearer" };
    expect(checkTheme(revised, codebook, 2).ok).toBe(true);
  });

  it("leaves a blank colour to the server's palette", () => {
    expect(checkTheme({ ...draft, colour: " " }, codebook, null)).toMatchObject({ ok: true, value: { colour: null } });
  });

  it("refuses a colour that is not a six-digit hex", () => {
    expect(checkTheme({ ...draft, colour: "teal" }, codebook, null)).toMatchObject({
      ok: false,
      errors: ["The colour must be a hex colour like #CC6677; got “teal”."],
    });
  });
});

describe("keywordLines", () => {
  it("reads each non-blank line with its line number", () => {
    const read = keywordLines("co-produc*\n\nNEAR/5 users");
    expect(read.map((l) => [l.line, l.parsed.ok])).toEqual([
      [1, true],
      [3, false],
    ]);
  });
});
