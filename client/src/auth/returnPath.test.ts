import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "./returnPath";

describe("returning after sign-in", () => {
  it("brings the researcher back to the page they were on, with its filters", () => {
    const signInPath = signInPathFor("/cases", "?country=GB&liveFrom=2015");
    const next = new URLSearchParams(signInPath.split("?")[1]).get("next");
    expect(safeReturnPath(next)).toBe("/cases?country=GB&liveFrom=2015");
  });

  it("goes to the studies page when there is nowhere to return to", () => {
    expect(signInPathFor("/", "")).toBe("/signin");
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath("/signin?next=%2Fcases")).toBe("/");
  });

  it("never leaves the site", () => {
    expect(safeReturnPath("https://example.org/")).toBe("/");
    expect(safeReturnPath("//example.org/")).toBe("/");
    expect(safeReturnPath("/\\example.org")).toBe("/");
  });
});
