import { useCallback, useEffect, useState, type RefObject } from "react";
import { selectedOffsets } from "./domOffsets";
import { segmentOf } from "./selection";
import type { Segment } from "./types";

/**
 * The passage of the text the person has selected with the mouse (or the keyboard), as a segment of the text version,
 * kept while they move to a theme's key or button; clear() drops it and the browser's selection.
 */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string): [Segment | null, () => void] {
  const [pending, setPending] = useState<Segment | null>(null);
  useEffect(() => {
    const update = () => {
      const offsets = root.current ? selectedOffsets(root.current) : null;
      setPending(offsets ? segmentOf(text, offsets[0], offsets[1]) : null);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [root, text]);
  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setPending(null);
  }, []);
  return [pending, clear];
}
