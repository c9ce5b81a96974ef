import { useCallback } from "react";
import { agreementPath, fetchAgreement } from "../agreement/api";
import { useResource } from "../api/useResource";
import { catalogueTopic, studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudy } from "../studies/api";
import { fetchConflicts, fetchFlow, fetchQueue } from "./api";

/**
 * Everything the screening page reads, refetched live: the study topic fires on every screening event, the
 * catalogue topic on document register changes (which move the eligible-document counts in my queue).
 */
export function useScreening(id: string) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const queue = useResource(`screening-queue:${id}`, (signal) => fetchQueue(id, signal));
  const flow = useResource(`screening-flow:${id}`, (signal) => fetchFlow(id, signal));
  const conflicts = useResource(`screening-conflicts:${id}`, (signal) => fetchConflicts(id, signal));
  const agreement = useResource(agreementPath(id), (signal) => fetchAgreement(id, signal));
  const [reloadStudy, reloadQueue, reloadFlow] = [study.reload, queue.reload, flow.reload];
  const [reloadConflicts, reloadAgreement] = [conflicts.reload, agreement.reload];
  const screeningChanged = useCallback(() => {
    reloadQueue();
    reloadFlow();
    reloadConflicts();
    reloadAgreement();
  }, [reloadQueue, reloadFlow, reloadConflicts, reloadAgreement]);
  const studyChanged = useCallback(() => {
    reloadStudy();
    screeningChanged();
  }, [reloadStudy, screeningChanged]);
  useLiveTopic(studyTopic(id), studyChanged);
  useLiveTopic(catalogueTopic, reloadQueue);
  return { study, queue, flow, conflicts, agreement, screeningChanged };
}
