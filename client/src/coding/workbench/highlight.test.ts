import { describe, expect, it } from "vitest";
import { highlightBackground } from "./highlight";

describe("highlightBackground", () => {
  it("is nothing for uncoded text and the theme's tint for one coding", () => {
    expect(highlightBackground([])).toBeUndefined();
    expect(highlightBackground(["#CC6677"])).toBe("#CC667766");
  });

  it("gives each of several overlapping codings a band of its own colour, outermost at the top", () => {
    expect(highlightBackground(["#CC6677", "#332288", "#117733"])).toBe(
      "linear-gradient(to bottom, #CC667766 0% 33.33%, #33228866 33.33% 66.67%, #11773366 66.67% 100%)",
    );
  });
});
