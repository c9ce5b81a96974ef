import type { Criteria } from "../studies/types";
import { criterionLabel, hintOutcome, reasonLabel } from "./labels";
import type { CriterionHint } from "./types";

const outcomeText = { pass: "pass", fail: "fail", unknown: "unknown" } as const;

/** The criteria's automatic checks: hints beside the decision, never applied to it. */
export function HintList({ hints, criteria }: { hints: CriterionHint[]; criteria: Criteria | undefined }) {
  if (hints.length === 0) return <p className="muted">No automatic checks for this case.</p>;
  return (
    <ul className="hint-list" aria-label="Criteria hints">
      {hints.map((hint) => {
        const outcome = hintOutcome(hint.passes);
        return (
          <li key={hint.criterion} className={`hint-${outcome}`} data-testid="criterion-hint">
            <span className={`hint-badge hint-badge-${outcome}`}>{outcomeText[outcome]}</span>{" "}
            <strong>{criterionLabel(hint.criterion)}</strong>: {hint.detail}
            {outcome === "fail" && (
              <span className="muted"> Would support: {reasonLabel(hint.exclusionReason, criteria)}.</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
