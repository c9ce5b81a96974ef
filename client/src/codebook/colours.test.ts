import { describe, expect, it } from "vitest";
import { contrastRatio, normaliseColour, readableTextOn, relativeLuminance } from "./colours";

describe("theme colours", () => {
  it("accepts six-digit hex colours in either case and refuses anything else", () => {
    expect(normaliseColour(" #cc6677 ")).toBe("#CC6677");
    expect(normaliseColour("#C67")).toBeNull();
    expect(normaliseColour("teal")).toBeNull();
    expect(normaliseColour("#GG6677")).toBeNull();
  });

  it("computes WCAG luminance and contrast", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#FFFFFF")).toBe(1);
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#FFFFFF", "#000000")).toBeCloseTo(21, 5);
    // WebAIM's checker gives #777777 on white 4.48:1.
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
  });

  it("writes white on the dark palette colours and black on the light ones", () => {
    expect(readableTextOn("#332288")).toBe("#FFFFFF");
    expect(readableTextOn("#882255")).toBe("#FFFFFF");
    expect(readableTextOn("#DDCC77")).toBe("#000000");
    expect(readableTextOn("#88CCEE")).toBe("#000000");
  });

  it("keeps every palette swatch's number readable (at least 4.5:1)", () => {
    const palette = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"];
    for (const colour of palette) expect(contrastRatio(colour, readableTextOn(colour))).toBeGreaterThanOrEqual(4.5);
  });
});
