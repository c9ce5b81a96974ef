import { useCallback, useState } from "react";
import { toProblem } from "../api/http";

export interface ChangeFeedback {
  busy: boolean;
  errors: string[];
  done: string | null;
}

const conflictMessage =
  "Someone else changed this study first, so your change was not saved. The page now shows the " +
  "latest version and your input is kept: check it and submit again.";

/**
 * Runs one change to a study: shows validation errors and problems, refetches the study after a
 * change, and after a 409 too (someone else was first), leaving the form's input as typed.
 */
export function useStudyChange(refetchStudy: () => void) {
  const [feedback, setFeedback] = useState<ChangeFeedback>({ busy: false, errors: [], done: null });

  const refuse = useCallback((errors: string[]) => setFeedback({ busy: false, errors, done: null }), []);

  const run = useCallback(
    async (action: () => Promise<unknown>, doneMessage: string): Promise<boolean> => {
      setFeedback({ busy: true, errors: [], done: null });
      try {
        await action();
        setFeedback({ busy: false, errors: [], done: doneMessage });
        refetchStudy();
        return true;
      } catch (error) {
        const problem = toProblem(error);
        const errors =
          problem.status === 409 ? [conflictMessage, ...(problem.detail ? [problem.detail] : [])] : [problem.message];
        setFeedback({ busy: false, errors, done: null });
        if (problem.status === 409) refetchStudy();
        return false;
      }
    },
    [refetchStudy],
  );

  return { feedback, refuse, run };
}
