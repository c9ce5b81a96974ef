import { useEffect } from "react";
import { useSearchParams } from "react-router-dom";
import type { Criteria } from "../studies/types";
import { CasePanel } from "./CasePanel";
import { caseToShow, neighbourCase, progressText } from "./progress";
import { QueueList } from "./QueueList";
import { ShortcutList } from "./ShortcutList";
import type { ScreeningQueue } from "./types";
import { useShortcuts } from "./useShortcuts";

interface Props {
  studyId: string;
  queue: ScreeningQueue;
  criteria: Criteria | undefined;
  nameOf: (userName: string) => string;
  onDecided: () => void;
}

/** The signed-in coder's queue: progress, the assigned cases, and the case at hand (?case=… in the address). */
export function MyQueue({ studyId, queue, criteria, nameOf, onDecided }: Props) {
  const [params, setParams] = useSearchParams();
  const requested = params.get("case");
  const current = caseToShow(queue.cases, requested);
  // Pin the case in the address, so that recording a decision (which refetches the queue) does not move on by itself.
  useEffect(() => {
    if (current !== null && current !== requested) setParams({ case: current }, { replace: true });
  }, [current, requested, setParams]);
  const ids = queue.cases.map((c) => c.caseId);
  const go = (step: 1 | -1) => {
    const target = neighbourCase(ids, current, step);
    if (target !== null) setParams({ case: target }, { replace: true });
  };
  useShortcuts({ next: () => go(1), previous: () => go(-1) });

  return (
    <>
      <div data-testid="screening-progress" className="screening-progress">
        <p>{progressText(queue.progress)}</p>
        <progress
          max={Math.max(queue.progress.assigned, 1)}
          value={Math.min(queue.progress.screened, Math.max(queue.progress.assigned, 1))}
          aria-label="Cases screened"
        />
      </div>
      <ShortcutList />
      {queue.cases.length === 0 ? (
        <p className="empty">No cases are assigned to you yet; the lead assigns them.</p>
      ) : (
        <div className="queue-layout">
          <div>
            <QueueList cases={queue.cases} current={current} criteria={criteria} />
            <p className="queue-steps">
              <button type="button" className="button-secondary" onClick={() => go(-1)} aria-keyshortcuts="p">
                Previous case
              </button>{" "}
              <button type="button" className="button-secondary" onClick={() => go(1)} aria-keyshortcuts="n">
                Next case
              </button>
            </p>
          </div>
          {current !== null && (
            <CasePanel key={current} studyId={studyId} caseId={current} criteria={criteria} nameOf={nameOf} onDecided={onDecided} />
          )}
        </div>
      )}
    </>
  );
}
