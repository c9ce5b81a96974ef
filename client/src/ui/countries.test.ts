import { describe, expect, it } from "vitest";
import { countryName } from "./countries";

describe("countryName", () => {
  it("names a country from its ISO code", () => {
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("us")).toBe("United States");
  });

  it("keeps anything else as given", () => {
    expect(countryName("United Kingdom")).toBe("United Kingdom");
    expect(countryName("")).toBe("");
  });
});
