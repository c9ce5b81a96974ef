import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor, shortcuts, type KeyInput } from "./keys";

const press = (key: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: "BODY" },
  ...more,
});

describe("screening shortcuts", () => {
  it("maps i, e, u, n and p", () => {
    expect(["i", "e", "u", "n", "p"].map((k) => shortcutFor(press(k)))).toEqual([
      "include",
      "exclude",
      "unsure",
      "next",
      "previous",
    ]);
  });

  it("ignores other keys, capitals and modified keys", () => {
    expect(shortcutFor(press("x"))).toBeNull();
    expect(shortcutFor(press("I"))).toBeNull();
    expect(shortcutFor(press("i", { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press("n", { metaKey: true }))).toBeNull();
    expect(shortcutFor(press("e", { altKey: true }))).toBeNull();
    expect(shortcutFor(press("i", { repeat: true }))).toBeNull();
  });

  it("lets people type in fields", () => {
    expect(shortcutFor(press("i", { target: { tagName: "TEXTAREA" } }))).toBeNull();
    expect(shortcutFor(press("e", { target: { tagName: "INPUT", type: "text" } }))).toBeNull();
    expect(shortcutFor(press("u", { target: { tagName: "SELECT" } }))).toBeNull();
    expect(shortcutFor(press("n", { target: { tagName: "DIV", isContentEditable: true } }))).toBeNull();
  });

  it("still works from a focused button or checkbox", () => {
    expect(shortcutFor(press("i", { target: { tagName: "BUTTON" } }))).toBe("include");
    expect(shortcutFor(press("n", { target: { tagName: "INPUT", type: "checkbox" } }))).toBe("next");
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: "input" })).toBe(true);
  });

  it("lists one shortcut per key", () => {
    expect(new Set(shortcuts.map((s) => s.key)).size).toBe(shortcuts.length);
  });
});
