import { describe, expect, it } from "vitest";
import { linkName, safeHttpUrl } from "./links";

describe("links from INDIGO data", () => {
  it("keeps web addresses", () => {
    expect(safeHttpUrl(" https://golab.bsg.ox.ac.uk/knowledge-bank/ ")).toBe(
      "https://golab.bsg.ox.ac.uk/knowledge-bank/",
    );
    expect(safeHttpUrl("http://example.org/report.pdf")).toBe("http://example.org/report.pdf");
  });

  it("refuses anything that is not a web address", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("Interview with the intermediary")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it("names a link by its host", () => {
    expect(linkName("https://www.gov.uk/government/publications/x")).toBe("gov.uk");
  });
});
