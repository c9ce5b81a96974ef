import { useCallback, useState } from "react";
import { toProblem } from "../api/http";

export interface ChangeFeedback {
  busy: boolean;
  errors: string[];
  done: string | null;
}

const idle: ChangeFeedback = { busy: false, errors: [], done: null };

/**
 * Runs one change: shows validation errors and the server's problem (its detail), refetches after a change, and after
 * a 409 too (someone else was first), telling the person so while the form keeps their input as typed.
 */
export function useChange(refetch: () => void, conflictMessage: string) {
  const [feedback, setFeedback] = useState<ChangeFeedback>(idle);

  const refuse = useCallback((errors: string[]) => setFeedback({ busy: false, errors, done: null }), []);
  const clear = useCallback(() => setFeedback(idle), []);

  const run = useCallback(
    async <T>(action: () => Promise<T>, doneMessage: string | ((result: T) => string)): Promise<boolean> => {
      setFeedback({ busy: true, errors: [], done: null });
      try {
        const result = await action();
        setFeedback({ busy: false, errors: [], done: typeof doneMessage === "string" ? doneMessage : doneMessage(result) });
        refetch();
        return true;
      } catch (error) {
        const problem = toProblem(error);
        const conflict = problem.status === 409;
        const errors = conflict ? [conflictMessage, ...(problem.detail ? [problem.detail] : [])] : [problem.message];
        setFeedback({ busy: false, errors, done: null });
        if (conflict) refetch();
        return false;
      }
    },
    [refetch, conflictMessage],
  );

  return { feedback, refuse, clear, run };
}
