import { useEffect, useRef } from "react";
import type { Theme } from "../../codebook/types";
import { keyTarget } from "../../screening/useShortcuts";
import { themeForKey } from "./keys";

/** Calls onTheme with a theme's number when its shortcut key (1-9) is pressed outside a field; handlers may change on every render. */
export function useThemeKeys(themes: Theme[], onTheme: (theme: number) => void): void {
  const latest = useRef({ themes, onTheme });
  useEffect(() => {
    latest.current = { themes, onTheme };
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const theme = themeForKey(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          repeat: event.repeat,
          target: keyTarget(event.target),
        },
        latest.current.themes,
      );
      if (theme === null) return;
      event.preventDefault();
      latest.current.onTheme(theme);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
