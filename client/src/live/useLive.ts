import { useEffect, useRef, useSyncExternalStore } from "react";
import { liveHub, type LiveStatus } from "./hub";
import type { Topic } from "./topics";

/** Keeps the live connection open while the component (the signed-in shell) is mounted. */
export function useLiveConnection(): void {
  useEffect(() => {
    liveHub.start();
    return () => liveHub.stop();
  }, []);
}

/** Calls refetch whenever the topic announces a newer version, and after a reconnect (null: none). */
export function useLiveTopic(topic: Topic | null, refetch: () => void): void {
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  }, [refetch]);
  useEffect(() => (topic === null ? undefined : liveHub.listen(topic, () => latest.current())), [topic]);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(liveHub.onStatus, liveHub.getStatus);
}
