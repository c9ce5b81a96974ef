import type { Criteria } from "../studies/types";
import { formatDateTime, plural } from "../ui/format";
import { decisionLabel, statusLabel } from "./labels";
import type { ScreeningCaseView } from "./types";

interface Props {
  view: ScreeningCaseView;
  criteria: Criteria | undefined;
  nameOf: (userName: string) => string;
}

/** The other coders' decisions, as the server reveals them: only once I have recorded mine. */
export function OthersDecisions({ view, criteria, nameOf }: Props) {
  if (view.othersHidden) {
    return (
      <>
        <p className="alert alert-note" data-testid="others-hidden">
          Other coders' decisions are hidden until you record yours
        </p>
        <p className="muted">{plural(view.otherCoders, "other coder")} screen this case.</p>
      </>
    );
  }
  return (
    <>
      <p>
        Status: <strong data-testid="case-status">{statusLabel(view.status)}</strong>
      </p>
      {view.others.length === 0 ? (
        <p className="muted">
          {view.otherCoders === 0
            ? "No other coder screens this case."
            : `${plural(view.otherCoders, "other coder")} screen this case; none has decided yet.`}
        </p>
      ) : (
        <ul className="plain-list" aria-label="Other coders' decisions">
          {view.others.map((other) => (
            <li key={other.coder} data-testid="other-decision">
              <strong>{nameOf(other.coder)}</strong>: {decisionLabel(other, criteria)}
              {other.note && <span> — {other.note}</span>}{" "}
              <span className="muted">({formatDateTime(other.at)})</span>
            </li>
          ))}
        </ul>
      )}
      {view.consensus && (
        <p data-testid="case-consensus">
          Consensus by {nameOf(view.consensus.by)}: <strong>{decisionLabel(view.consensus, criteria)}</strong>
          {view.consensus.note && <span> — {view.consensus.note}</span>}
        </p>
      )}
    </>
  );
}
