import { describe, expect, it } from "vitest";
import { precisionText, rowsToReview } from "./precision";

describe("precisionText", () => {
  it("gives the share accepted and the counts behind it", () => {
    expect(precisionText({ accepted: 3, rejected: 1, precision: 0.75 })).toBe("75% (3 of 4)");
    expect(precisionText({ accepted: 0, rejected: 2, precision: 0 })).toBe("0% (0 of 2)");
    expect(precisionText({ accepted: 0, rejected: 0, precision: null })).toBe("no decisions yet");
  });
});

describe("rowsToReview", () => {
  it("puts the least precise decided keywords first and undecided ones last, in list order", () => {
    const row = (keyword: string, accepted: number, rejected: number) => ({
      keyword,
      listed: true,
      accepted,
      rejected,
      precision: accepted + rejected === 0 ? null : accepted / (accepted + rejected),
    });
    const theme = { theme: 3, name: "Co-production", colour: "#DDCC77", accepted: 3, rejected: 3, precision: 0.5, keywords: [
      row("a", 0, 0), row("b", 2, 0), row("c", 1, 3), row("d", 0, 0),
    ] };
    expect(rowsToReview(theme).map((r) => r.keyword)).toEqual(["c", "b", "a", "d"]);
  });
});
