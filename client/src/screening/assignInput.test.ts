import { describe, expect, it } from "vitest";
import { assignedMessage, checkAssignment } from "./assignInput";

describe("assigning cases", () => {
  it("accepts two coders per case among three", () => {
    expect(checkAssignment({ coders: ["amir", "bea", "chen"], perCase: " 2 " })).toEqual({
      ok: true,
      value: { coders: ["amir", "bea", "chen"], perCase: 2 },
    });
  });

  it("refuses single screening and non-numbers", () => {
    expect(checkAssignment({ coders: ["amir", "bea"], perCase: "1" }).ok).toBe(false);
    expect(checkAssignment({ coders: ["amir", "bea"], perCase: "two" }).ok).toBe(false);
    expect(checkAssignment({ coders: ["amir", "bea"], perCase: "2.5" }).ok).toBe(false);
  });

  it("needs as many coders as each case gets", () => {
    const checked = checkAssignment({ coders: ["amir", "bea"], perCase: "3" });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toEqual(["Choose at least 3 coders for 3 coders per case; 2 chosen."]);
    expect(checkAssignment({ coders: [], perCase: "2" }).ok).toBe(false);
  });
});

describe("what an assignment did", () => {
  it("counts the new assignments, or says there were none", () => {
    expect(assignedMessage(148)).toBe("148 assignments made.");
    expect(assignedMessage(1)).toBe("1 assignment made.");
    expect(assignedMessage(0)).toBe("Every candidate already had enough coders: nothing new to assign.");
  });
});
