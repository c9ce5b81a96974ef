import { useState } from "react";
import { toProblem } from "../api/http";
import type { ApiProblem } from "../api/problem";

/** Runs one act in the room; on failure keeps the problem to show (the caller keeps its draft, so no text is lost). */
export function useRoomAct() {
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const run = async (act: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await act();
      setProblem(undefined);
      return true;
    } catch (error) {
      setProblem(toProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, run };
}
