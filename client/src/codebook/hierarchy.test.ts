import { describe, expect, it } from "vitest";
import { parentChoices, shortcutKeys, themeRows } from "./hierarchy";
import { theme } from "./themeFixtures";

describe("theme hierarchy", () => {
  const themes = [theme(3), theme(9, { parent: 2 }), theme(1), theme(2), theme(10, { parent: 9 }), theme(11, { parent: 2 })];

  it("lists each top-level theme followed by its sub-themes, by number", () => {
    expect(themeRows(themes).map((r) => [r.theme.number, r.depth])).toEqual([
      [1, 0],
      [2, 0],
      [9, 1],
      [10, 2],
      [11, 1],
      [3, 0],
    ]);
  });

  it("shows a theme whose parent is missing at the top rather than losing it", () => {
    expect(themeRows([theme(4, { parent: 40 })]).map((r) => r.depth)).toEqual([0]);
  });

  it("offers as parents only active themes that are not the theme or below it", () => {
    const withRetired = [...themes, theme(12, { retired: true })];
    expect(parentChoices(withRetired, 9).map((t) => t.number)).toEqual([1, 2, 3, 11]);
    expect(parentChoices(withRetired, 2).map((t) => t.number)).toEqual([1, 3]);
  });
});

describe("shortcut keys", () => {
  it("gives 1-9 to the first nine active themes by number, skipping retired ones", () => {
    const themes = Array.from({ length: 11 }, (_, i) => theme(i + 1, { retired: i + 1 === 2 }));
    const keys = shortcutKeys(themes);
    expect(keys.get(1)).toBe("1");
    expect(keys.has(2)).toBe(false);
    expect(keys.get(3)).toBe("2");
    expect(keys.get(10)).toBe("9");
    expect(keys.has(11)).toBe(false);
  });
});
