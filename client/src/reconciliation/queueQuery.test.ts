import { describe, expect, it } from "vitest";
import { kindLabel, noFilters, pairLabel, queueQuery } from "./queueQuery";

describe("queueQuery", () => {
  it("leaves out empty filters", () => expect(queueQuery(noFilters)).toBe(""));

  it("encodes the coder pair's plus sign", () =>
    expect(queueQuery({ kind: "screening", caseId: " INDIGO-POJ-0120 ", theme: "", coders: "amir+bea", settled: true })).toBe(
      "?kind=screening&caseId=INDIGO-POJ-0120&coders=amir%2Bbea&settled=true",
    ));

  it("filters by theme number", () => expect(queueQuery({ ...noFilters, theme: "3" })).toBe("?theme=3"));

  it("names kinds as researchers read them", () => {
    expect(kindLabel("theme")).toBe("theme judgement");
    expect(kindLabel("screening")).toBe("screening");
    expect(kindLabel("segment")).toBe("segment coding");
    expect(kindLabel("unknown")).toBe("unknown");
  });

  it("names a pair by display names", () => expect(pairLabel("amir+bea", (u) => u.toUpperCase())).toBe("AMIR and BEA"));
});
