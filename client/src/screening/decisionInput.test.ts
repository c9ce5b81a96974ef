import { describe, expect, it } from "vitest";
import { checkConsensus, checkDecision, decisionInputFrom, emptyDecisionInput } from "./decisionInput";
import type { CoderDecision } from "./types";

const mine: CoderDecision = {
  coder: "amir",
  verdict: "exclude",
  reason: "not-uk",
  note: null,
  at: "2026-01-01T10:00:00Z",
  version: 1,
};

describe("a first decision", () => {
  it("includes without a reason", () => {
    expect(checkDecision("include", emptyDecisionInput, null)).toEqual({
      ok: true,
      value: { verdict: "include", reason: null, note: null, revisionReason: null, expectedVersion: 0 },
    });
  });

  it("needs a reason to exclude", () => {
    const checked = checkDecision("exclude", emptyDecisionInput, null);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0]).toContain("needs a reason");
  });

  it("needs a note for the reason other, and trims it", () => {
    expect(checkDecision("exclude", { ...emptyDecisionInput, reason: "other" }, null).ok).toBe(false);
    const checked = checkDecision("exclude", { ...emptyDecisionInput, reason: "other", note: "  a pilot  " }, null);
    expect(checked).toMatchObject({ ok: true, value: { reason: "other", note: "a pilot" } });
  });

  it("refuses an oversized note", () => {
    expect(checkDecision("unsure", { ...emptyDecisionInput, note: "x".repeat(2001) }, null).ok).toBe(false);
    expect(checkDecision("unsure", { ...emptyDecisionInput, note: "x".repeat(2000) }, null).ok).toBe(true);
  });

  it("ignores a revision reason typed before the first decision", () => {
    const checked = checkDecision("include", { ...emptyDecisionInput, revisionReason: "why" }, null);
    expect(checked).toMatchObject({ ok: true, value: { revisionReason: null } });
  });
});

describe("a revision", () => {
  it("needs a revision reason and expects my current version", () => {
    expect(checkDecision("include", decisionInputFrom(mine), mine).ok).toBe(false);
    const checked = checkDecision("include", { ...decisionInputFrom(mine), revisionReason: "found the report" }, mine);
    expect(checked).toEqual({
      ok: true,
      value: { verdict: "include", reason: "not-uk", note: null, revisionReason: "found the report", expectedVersion: 1 },
    });
  });

  it("refuses a revision that changes nothing", () => {
    const checked = checkDecision("exclude", { ...decisionInputFrom(mine), revisionReason: "again" }, mine);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toEqual(["That is already your decision; nothing to revise."]);
  });

  it("starts the form from my decision", () => {
    expect(decisionInputFrom(mine)).toEqual({ reason: "not-uk", note: "", revisionReason: "" });
    expect(decisionInputFrom(null)).toEqual(emptyDecisionInput);
  });
});

describe("a consensus", () => {
  it("includes or excludes, never unsure", () => {
    expect(checkConsensus({ verdict: "unsure", reason: "", note: "" }, 0).ok).toBe(false);
    expect(checkConsensus({ verdict: "", reason: "", note: "" }, 0).ok).toBe(false);
    expect(checkConsensus({ verdict: "include", reason: "", note: "" }, 2)).toEqual({
      ok: true,
      value: { verdict: "include", reason: null, note: null, expectedVersion: 2 },
    });
  });

  it("needs a reason to exclude", () => {
    expect(checkConsensus({ verdict: "exclude", reason: "", note: "" }, 0).ok).toBe(false);
    expect(checkConsensus({ verdict: "exclude", reason: "too-few-documents", note: "" }, 0).ok).toBe(true);
  });
});
