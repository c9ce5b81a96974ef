import { describe, expect, it } from "vitest";
import { svgFileText } from "./svgExport";

describe("the downloaded SVG", () => {
  it("adds the XML declaration and keeps a namespace that is there", () => {
    const text = svgFileText('<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>');
    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>\n');
  });

  it("adds the namespace when the serialiser left it out", () => {
    expect(svgFileText('<svg width="10"></svg>')).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10">');
  });

  it("does not declare XML twice", () => {
    const once = svgFileText("<svg></svg>");
    expect(svgFileText(once)).toBe(once.trim());
  });
});
