import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & {
  value: string;
  /** Whether a typed value is complete enough to apply (e.g. a four-digit year). */
  isApplicable: (value: string) => boolean;
  onCommit: (value: string) => void;
};

const pauseMs = 350;

/** A text or number filter that applies what was typed after a short pause, not on every key. */
export function FilterInput({ value, isApplicable, onCommit, ...inputProps }: Props) {
  const [draft, setDraft] = useState(value);
  const latest = useRef({ isApplicable, onCommit });
  latest.current = { isApplicable, onCommit };

  useEffect(() => setDraft(value), [value]);

  useEffect(() => {
    if (draft.trim() === value || !latest.current.isApplicable(draft)) return;
    const timer = setTimeout(() => latest.current.onCommit(draft.trim()), pauseMs);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return <input {...inputProps} value={draft} onChange={(e) => setDraft(e.target.value)} />;
}
