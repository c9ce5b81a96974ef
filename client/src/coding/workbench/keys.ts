import { shortcutKeys } from "../../codebook/hierarchy";
import type { Theme } from "../../codebook/types";
import { isTypingTarget, type KeyInput } from "../../screening/keys";

/** The theme a key press codes the selection to (1-9: the codebook's first nine active themes), or null. */
export function themeForKey(input: KeyInput, themes: Theme[]): number | null {
  if (input.ctrlKey || input.metaKey || input.altKey || input.repeat || isTypingTarget(input.target)) return null;
  for (const [theme, key] of shortcutKeys(themes)) if (key === input.key) return theme;
  return null;
}
