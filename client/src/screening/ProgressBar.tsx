import { formatPercent } from "../ui/format";
import { progressRatio } from "./progress";

/** A labelled <progress> with its share screened as text beside it. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const ratio = progressRatio({ done, total });
  return (
    <span className="progress">
      <progress max={Math.max(total, 1)} value={Math.min(done, Math.max(total, 1))} aria-label={label} />
      <span className="muted">{formatPercent(ratio)}</span>
    </span>
  );
}
