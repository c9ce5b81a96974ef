import { describe, expect, it } from "vitest";
import { theme } from "../../codebook/themeFixtures";
import { checkConsensus, checkJudgement, codingsFor, judgementInputFrom } from "./judgementInput";
import type { MyCoding, ThemeJudgement } from "./types";

const mine: ThemeJudgement = {
  theme: 3,
  present: true,
  strength: 2,
  note: "the user panel",
  codingIds: ["c1"],
  codebookVersion: 1,
  at: "2026-11-29T10:00:00Z",
};

describe("a judgement as typed", () => {
  it("sends a first judgement with its strength only when present", () => {
    const input = { ...judgementInputFrom(null), verdict: "present" as const, strength: "2", codingIds: ["c1"] };
    expect(checkJudgement(input, 3, null, 4)).toEqual({
      ok: true,
      value: { theme: 3, present: true, strength: 2, codingIds: ["c1"], expectedVersion: 4 },
    });
    const absent = { ...input, verdict: "absent" as const };
    expect(checkJudgement(absent, 3, null, 4)).toEqual({
      ok: true,
      value: { theme: 3, present: false, codingIds: ["c1"], expectedVersion: 4 },
    });
  });

  it("asks for a verdict, and for a reason and a change when revising", () => {
    expect(checkJudgement(judgementInputFrom(null), 3, null, 0)).toEqual({
      ok: false,
      errors: ["Say whether the case shows theme 3: present or absent."],
    });
    const same = judgementInputFrom(mine);
    expect(same).toEqual({ verdict: "present", strength: "2", note: "the user panel", codingIds: ["c1"], revisionReason: "" });
    const refused = checkJudgement(same, 3, mine, 1);
    expect(refused.ok ? [] : refused.errors).toEqual([
      "That is already your judgement of theme 3; nothing to revise.",
      "Say why you revise your judgement of theme 3: the reason is kept with the revision.",
    ]);
    const revised = checkJudgement({ ...same, verdict: "absent", revisionReason: " only advisory " }, 3, mine, 1);
    expect(revised).toEqual({
      ok: true,
      value: { theme: 3, present: false, note: "the user panel", codingIds: ["c1"], revisionReason: "only advisory", expectedVersion: 1 },
    });
  });

  it("refuses an over-long note", () => {
    const input = { ...judgementInputFrom(null), verdict: "absent" as const, note: "x".repeat(2001) };
    expect(checkJudgement(input, 1, null, 0)).toEqual({ ok: false, errors: ["A note has at most 2000 characters; this one has 2001."] });
  });

  it("needs a verdict and a reason for a consensus", () => {
    expect(checkConsensus({ verdict: "", reason: " " }, 2, 0)).toEqual({
      ok: false,
      errors: [
        "A consensus says whether the case shows theme 2: present or absent.",
        "A consensus needs a reason: it is what the reviewers will read.",
      ],
    });
    expect(checkConsensus({ verdict: "absent", reason: " contractual only " }, 2, 3)).toEqual({
      ok: true,
      value: { theme: 2, present: false, reason: "contractual only", expectedVersion: 3 },
    });
  });

  it("offers the codings of the theme and of the themes below it", () => {
    const themes = [theme(3), theme(9, { parent: 3 }), theme(10, { parent: 9 }), theme(2)];
    const coding = (codingId: string, theme: number): MyCoding => ({
      codingId,
      documentId: "d1",
      textVersion: 1,
      theme,
      start: 0,
      end: 4,
      quote: "text",
    });
    const offered = codingsFor(3, [coding("a", 3), coding("b", 10), coding("c", 2)], themes);
    expect(offered.map((c) => c.codingId)).toEqual(["a", "b"]);
  });
});
