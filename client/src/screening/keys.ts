export type ShortcutAction = "include" | "exclude" | "unsure" | "next" | "previous";

export interface Shortcut {
  key: string;
  action: ShortcutAction;
  description: string;
}

/** The screening page's single-key shortcuts, as the page lists them. */
export const shortcuts: readonly Shortcut[] = [
  { key: "i", action: "include", description: "Include" },
  { key: "e", action: "exclude", description: "Exclude (choose a reason first)" },
  { key: "u", action: "unsure", description: "Unsure" },
  { key: "n", action: "next", description: "Next case" },
  { key: "p", action: "previous", description: "Previous case" },
];

/** What a key event's target needs to say: an element's tag, input type and editability. */
export interface KeyTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat?: boolean;
  target: KeyTarget | null;
}

const notTyped = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

/** True while the person is typing into a field, where letters are text, not shortcuts. */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (target === null) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !notTyped.has((target.type ?? "text").toLowerCase());
}

/** The shortcut a key press means, or null (modifiers held, key held down, typing in a field, another key). */
export function shortcutFor(input: KeyInput): ShortcutAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || input.repeat) return null;
  if (isTypingTarget(input.target)) return null;
  return shortcuts.find((s) => s.key === input.key)?.action ?? null;
}
