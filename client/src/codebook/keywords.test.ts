import { describe, expect, it } from "vitest";
import examples from "./keywordExamples.json";
import { describeKeyword, parseKeyword } from "./keywords";

describe("parseKeyword", () => {
  it.each(examples)("reads «$entry» as the server does", ({ entry, canonical, problem }) => {
    const parsed = parseKeyword(entry);
    if (problem !== undefined) {
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toContain(problem);
    } else {
      expect(parsed).toMatchObject({ ok: true, canonical });
    }
  });

  it("splits a proximity keyword into two sequences and a distance", () => {
    expect(parseKeyword("service user* NEAR/5 design")).toEqual({
      ok: true,
      canonical: "service user* NEAR/5 design",
      expression: {
        kind: "near",
        distance: 5,
        left: { kind: "sequence", exact: false, terms: [{ word: "service", prefix: false }, { word: "user", prefix: true }] },
        right: { kind: "sequence", exact: false, terms: [{ word: "design", prefix: false }] },
      },
    });
  });

  it("refuses a lone surrogate as unreadable rather than crashing", () => {
    expect(parseKeyword("trust \uD800")).toMatchObject({ ok: false, problem: expect.stringContaining("unreadable character (character 7)") });
  });

  it("reads its own canonical spelling back as itself", () => {
    for (const { entry } of examples) {
      const parsed = parseKeyword(entry);
      if (parsed.ok) expect(parseKeyword(parsed.canonical)).toMatchObject({ ok: true, canonical: parsed.canonical });
    }
  });
});

describe("describeKeyword", () => {
  const described = (text: string) => {
    const parsed = parseKeyword(text);
    return parsed.ok ? describeKeyword(parsed.expression) : parsed.problem;
  };

  it("says what each shape matches", () => {
    expect(described("partnership")).toBe("“partnership” in any form");
    expect(described("co-produc*")).toBe("any word starting “co-produc”");
    expect(described('"lived experience"')).toBe("exactly “lived experience”");
    expect(described("service user* NEAR/5 design")).toBe("“service user…” within 5 words of “design”, in either order");
    expect(described('"lived experience" NEAR/3 design*')).toBe("exactly “lived experience” within 3 words of “design…”, in either order");
  });
});
