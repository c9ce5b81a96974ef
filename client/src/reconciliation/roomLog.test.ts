import { describe, expect, it } from "vitest";
import { accept, emptyLog, foldRoom, hasGap, lastVersion, resolutionLabel } from "./roomLog";
import type { RoomMessage } from "./types";

const comment = (version: number, by = "amir", text = `c${version}`): RoomMessage => ({
  studyId: "demo",
  itemId: "X/screening",
  version,
  type: "RoomCommentPosted",
  data: { by, text, at: "2026-11-30T10:00:00Z" },
});

describe("accept", () => {
  it("keeps messages in version order and drops duplicates", () => {
    const log = accept(accept(emptyLog, [comment(2), comment(1)]), [comment(2), comment(3), comment(1)]);
    expect(log.messages.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(hasGap(log)).toBe(false);
  });

  it("holds messages beyond a gap until the catch-up fills it", () => {
    const cut = accept(accept(emptyLog, [comment(1)]), [comment(4)]);
    expect(lastVersion(cut)).toBe(1);
    expect(hasGap(cut)).toBe(true);
    const filled = accept(cut, [comment(2), comment(3), comment(4)]);
    expect(filled.messages.map((m) => m.version)).toEqual([1, 2, 3, 4]);
    expect(hasGap(filled)).toBe(false);
  });
});

describe("foldRoom", () => {
  it("tells the thread, the proposals with each person's latest stance, and the agreement", () => {
    const fold = foldRoom([
      comment(1, "amir", "<b>two are one</b>"),
      {
        ...comment(2),
        type: "ResolutionProposed",
        data: { proposalId: "p2", by: "amir", text: "merge", resolution: { choice: "exclude", ratio: null, reason: "too-few-documents" } },
      },
      { ...comment(3), type: "ProposalObjected", data: { proposalId: "p2", by: "bea", reason: "not yet" } },
      { ...comment(4), type: "ProposalEndorsed", data: { proposalId: "p2", by: "bea" } },
      {
        ...comment(5),
        type: "ResolutionAgreed",
        data: { proposalId: "p2", by: "bea", rule: "every involved coder endorsed it", resolution: { choice: "exclude", ratio: null, reason: "too-few-documents" } },
      },
    ]);
    expect(fold.comments).toEqual([{ version: 1, by: "amir", text: "<b>two are one</b>", at: "2026-11-30T10:00:00Z" }]);
    expect(fold.proposals[0]?.stances).toEqual([
      { by: "amir", endorses: true, reason: null },
      { by: "bea", endorses: true, reason: null },
    ]);
    expect(fold.agreement?.rule).toBe("every involved coder endorsed it");
    expect(resolutionLabel(fold.proposals[0]!.resolution)).toBe("exclude (too-few-documents)");
  });
});

describe("resolutionLabel", () => {
  it("names a passage's span before any reason", () =>
    expect(resolutionLabel({ choice: "present", ratio: null, reason: null, start: 21, end: 39 })).toBe("present, span 21-39"));

  it("leaves out a span that is not there", () =>
    expect(resolutionLabel({ choice: "absent", ratio: null, reason: null, start: null, end: null })).toBe("absent"));
});
