import { describe, expect, it } from "vitest";
import { segmentOf, toCharacterEdge } from "./selection";

// UTF-16 code units: "👩‍⚕️" is 5 (a surrogate pair, a zero-width joiner, ⚕, a variation selector); "👍🏽" is 4; "é" written
// as e + U+0301 is 2.
const text = "Nurses 👩‍⚕️ and users 👍🏽 agreed: cafe\u0301 mornings.";
const at = (s: string) => text.indexOf(s);

describe("toCharacterEdge", () => {
  it("leaves an offset between characters where it is", () => {
    expect(toCharacterEdge(text, at("and"), "start")).toBe(at("and"));
    expect(toCharacterEdge(text, 0, "end")).toBe(0);
    expect(toCharacterEdge(text, text.length, "end")).toBe(text.length);
  });

  it("never leaves an offset inside a surrogate pair or an emoji sequence", () => {
    const emoji = at("👩");
    for (let inside = emoji + 1; inside < emoji + 5; inside++) {
      expect(toCharacterEdge(text, inside, "start")).toBe(emoji);
      expect(toCharacterEdge(text, inside, "end")).toBe(emoji + 5);
    }
    const thumb = at("👍");
    expect(toCharacterEdge(text, thumb + 2, "end")).toBe(thumb + 4);
  });

  it("keeps a combining accent with its letter", () => {
    const accent = at("\u0301");
    expect(toCharacterEdge(text, accent, "end")).toBe(accent + 1);
    expect(toCharacterEdge(text, accent, "start")).toBe(accent - 1);
  });
});

describe("segmentOf", () => {
  it("quotes the text between two offsets given in either order, without surrounding white space", () => {
    expect(segmentOf(text, at(" and") + 5, at(" and"))).toEqual({ start: at("and"), end: at("and") + 3, quote: "and" });
  });

  it("widens a selection that starts or ends inside an emoji or before an accent to whole characters", () => {
    const emoji = at("👩");
    expect(segmentOf(text, emoji + 1, emoji + 3)).toEqual({ start: emoji, end: emoji + 5, quote: "👩‍⚕️" });
    const cafe = at("cafe");
    expect(segmentOf(text, cafe, cafe + 4)).toEqual({ start: cafe, end: cafe + 5, quote: "cafe\u0301" });
  });

  it("is nothing for a selection of white space only or of nothing", () => {
    expect(segmentOf(text, at(" and"), at(" and") + 1)).toBeNull();
    expect(segmentOf(text, 4, 4)).toBeNull();
  });

  it("quotes exactly what the server will check: the text's own code units at the offsets", () => {
    const segment = segmentOf(text, 0, text.length)!;
    expect(text.slice(segment.start, segment.end)).toBe(segment.quote);
    expect(segment.quote.length).toBe(segment.end - segment.start);
  });
});
