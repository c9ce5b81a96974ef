import { describe, expect, it } from "vitest";
import { theme } from "../../codebook/themeFixtures";
import { themeForKey } from "./keys";

const themes = [
  theme(1),
  theme(2, { retired: true }),
  theme(3),
  theme(12, { parent: 1 }),
];
const press = (key: string, more: Partial<Parameters<typeof themeForKey>[0]> = {}) =>
  themeForKey({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: "DIV" }, ...more }, themes);

describe("themeForKey", () => {
  it("maps the digits to the active themes in number order, as the codebook page lists their keys", () => {
    expect([press("1"), press("2"), press("3"), press("4")]).toEqual([1, 3, 12, null]);
  });

  it("ignores keys typed into a field, held down or pressed with a modifier", () => {
    expect(press("1", { target: { tagName: "TEXTAREA" } })).toBeNull();
    expect(press("1", { target: { tagName: "INPUT", type: "text" } })).toBeNull();
    expect(press("1", { repeat: true })).toBeNull();
    expect(press("1", { ctrlKey: true })).toBeNull();
    expect(press("x")).toBeNull();
  });
});
