import { describe, expect, it } from "vitest";
import { passageParts, spanOfSelection } from "./passageSpan";
import type { ItemPassage } from "./types";

const passage: ItemPassage = {
  documentId: "d1",
  documentTitle: "Evaluation",
  textVersion: 1,
  start: 9,
  end: 39,
  text: "co-produced the referral route",
};

describe("spanOfSelection", () => {
  it("turns a selection made backwards into a span of the text version", () =>
    expect(spanOfSelection(passage, 30, 12)).toEqual({ start: 21, end: 39 }));

  it("keeps a selection that runs past the passage inside it", () =>
    expect(spanOfSelection(passage, -4, 99)).toEqual({ start: 9, end: 39 }));

  it("chooses nothing for an empty selection", () => expect(spanOfSelection(passage, 5, 5)).toBeNull());
});

describe("passageParts", () => {
  it("splits the passage around the span", () =>
    expect(passageParts(passage, { start: 21, end: 39 })).toEqual(["co-produced ", "the referral route", ""]));

  it("clamps a span typed outside the passage", () =>
    expect(passageParts(passage, { start: 0, end: 20 })).toEqual(["", "co-produced", " the referral route"]));
});
