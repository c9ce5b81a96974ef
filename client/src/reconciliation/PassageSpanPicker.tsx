import { useRef } from "react";
import { passageParts, spanOfSelection, type Span } from "./passageSpan";
import type { ItemPassage } from "./types";
import "./passage-span.css";

interface Props {
  passage: ItemPassage;
  span: Span;
  onChange: (span: Span) => void;
}

/** The disputed passage with the proposed span marked: select words in it to choose the span, or type its offsets. */
export function PassageSpanPicker({ passage, span, onChange }: Props) {
  const text = useRef<HTMLParagraphElement>(null);
  const [before, chosen, after] = passageParts(passage, span);
  const chooseSelection = () => {
    const selection = window.getSelection();
    const container = text.current;
    if (!selection || selection.rangeCount === 0 || !container) return;
    // Offsets into the passage, whichever of its text nodes (before, marked, after) each end of the selection is in.
    const offsetOf = (node: Node, offset: number) => {
      if (!container.contains(node)) return null;
      const range = document.createRange();
      range.setStart(container, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    const anchor = offsetOf(selection.anchorNode!, selection.anchorOffset);
    const focus = offsetOf(selection.focusNode!, selection.focusOffset);
    const picked = anchor === null || focus === null ? null : spanOfSelection(passage, anchor, focus);
    if (picked) onChange(picked);
  };
  return (
    <fieldset className="passage-span">
      <legend>
        Span of the passage ({passage.documentTitle}, text version {passage.textVersion}, {passage.start}-{passage.end}); select words
        to choose it
      </legend>
      <p ref={text} className="passage-text" onMouseUp={chooseSelection} onKeyUp={chooseSelection} data-testid="proposal-passage">
        {before}
        <mark>{chosen}</mark>
        {after}
      </p>
      <OffsetInput label="Start" passage={passage} value={span.start} onChange={(start) => onChange({ ...span, start })} />{" "}
      <OffsetInput label="End" passage={passage} value={span.end} onChange={(end) => onChange({ ...span, end })} />
    </fieldset>
  );
}

interface OffsetProps {
  label: "Start" | "End";
  passage: ItemPassage;
  value: number;
  onChange: (offset: number) => void;
}

function OffsetInput({ label, passage, value, onChange }: OffsetProps) {
  return (
    <label>
      {label}{" "}
      <input
        type="number"
        min={passage.start}
        max={passage.end}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        data-testid={`proposal-${label.toLowerCase()}`}
      />
    </label>
  );
}
