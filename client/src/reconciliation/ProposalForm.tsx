import { useState } from "react";
import { reasons } from "../screening/labels";
import { ProblemAlert } from "../ui/ProblemAlert";
import { propose } from "./api";
import { PassageSpanPicker } from "./PassageSpanPicker";
import type { ItemPassage } from "./types";
import { useRoomAct } from "./useRoomAct";

interface Props {
  room: string;
  kind: string;
  choices: string[];
  /** The disputed passage, for a segment: a proposal that the theme is present names a span of it. */
  passage: ItemPassage | null;
  /** The version of the open proposal this person has seen: a newer one makes the server answer 409. */
  seenVersion: number;
}

/** Proposes a resolution with the argument for it; a conflict keeps the draft so it can be sent again. */
export function ProposalForm({ room, kind, choices, passage, seenVersion }: Props) {
  const [choice, setChoice] = useState(choices[0] ?? "");
  const [reason, setReason] = useState("");
  const [ratio, setRatio] = useState("");
  const [text, setText] = useState("");
  const [span, setSpan] = useState({ start: passage?.start ?? 0, end: passage?.end ?? 0 });
  const namesSpan = passage !== null && choice === "present";
  const { problem, busy, run } = useRoomAct();
  const parsedRatio = ratio.trim() === "" ? null : Number(ratio);
  return (
    <form
      aria-label="Propose a resolution"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() =>
          propose(room, {
            choice,
            ratio: parsedRatio,
            reason: reason || null,
            start: namesSpan ? span.start : null,
            end: namesSpan ? span.end : null,
            text,
            expectedVersion: seenVersion,
          }),
        ).then((ok) => ok && setText(""));
      }}
    >
      <label>
        Propose{" "}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="proposal-choice">
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>{" "}
      {kind === "screening" && choice === "exclude" && (
        <label>
          Reason{" "}
          <select value={reason} onChange={(e) => setReason(e.target.value)} data-testid="proposal-reason">
            <option value="">choose…</option>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "outcome" && choice === "ratio" && (
        <label>
          Ratio <input inputMode="decimal" value={ratio} onChange={(e) => setRatio(e.target.value)} placeholder="0.87" />
        </label>
      )}
      {namesSpan && <PassageSpanPicker passage={passage} span={span} onChange={setSpan} />}
      <label>
        Why
        <textarea value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} data-testid="proposal-text" />
      </label>
      <ProblemAlert problem={problem} />
      <button type="submit" disabled={busy}>
        Propose
      </button>
    </form>
  );
}
