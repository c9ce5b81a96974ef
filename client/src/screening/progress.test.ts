import { describe, expect, it } from "vitest";
import { caseToShow, neighbourCase, progressRatio, progressText } from "./progress";

describe("progress", () => {
  it("says how many of the assigned cases are screened", () => {
    expect(progressText({ screened: 3, assigned: 10 })).toBe("3 of 10 screened");
    expect(progressText({ screened: 0, assigned: 0 })).toBe("0 of 0 screened");
  });

  it("gives the share screened, 0 when nothing is assigned", () => {
    expect(progressRatio({ done: 3, total: 12 })).toBe(0.25);
    expect(progressRatio({ done: 0, total: 0 })).toBe(0);
    expect(progressRatio({ done: 5, total: 4 })).toBe(1);
  });
});

describe("moving through the queue", () => {
  const queue = [
    { caseId: "A", myDecision: { verdict: "include" } },
    { caseId: "B", myDecision: null },
    { caseId: "C", myDecision: null },
  ];

  it("starts at the first case not yet screened", () => {
    expect(caseToShow(queue, null)).toBe("B");
  });

  it("keeps the case asked for when it is in the queue", () => {
    expect(caseToShow(queue, "A")).toBe("A");
    expect(caseToShow(queue, "Z")).toBe("B");
  });

  it("falls back to the first case when all are screened, and to none for an empty queue", () => {
    expect(caseToShow([{ caseId: "A", myDecision: {} }], null)).toBe("A");
    expect(caseToShow([], "A")).toBeNull();
  });

  it("steps to the next and previous case, stopping at the ends", () => {
    const ids = ["A", "B", "C"];
    expect(neighbourCase(ids, "B", 1)).toBe("C");
    expect(neighbourCase(ids, "B", -1)).toBe("A");
    expect(neighbourCase(ids, "C", 1)).toBeNull();
    expect(neighbourCase(ids, "A", -1)).toBeNull();
    expect(neighbourCase(ids, "Z", 1)).toBeNull();
    expect(neighbourCase(ids, null, 1)).toBeNull();
  });
});
