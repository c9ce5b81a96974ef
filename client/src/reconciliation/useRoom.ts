import { HubConnectionBuilder, LogLevel, type HubConnection } from "@microsoft/signalr";
import { useCallback, useEffect, useRef, useState } from "react";
import { fetchRoomSince } from "./api";
import { retryDelayMs } from "./retryDelay";
import { accept, emptyLog, hasGap, lastVersion, type RoomLog } from "./roomLog";
import type { RoomMessage, RoomPeople, RoomTyping } from "./types";

export type RoomStatus = "connecting" | "connected" | "reconnecting" | "offline";

const typingShownMs = 3000;
const typingSentEveryMs = 1500;

export interface Room {
  log: RoomLog;
  people: string[];
  typing: string[];
  status: RoomStatus;
  /** Tells the others this person is typing (at most every 1.5 s). */
  sayTyping: () => void;
}

/**
 * The room's live side on its own hub connection: joins the room's group, receives its events (in version order,
 * each once), presence and typing, and after any reconnect joins again and catches up from the last version held.
 * It never gives up: a connection that drops, or cannot start, is tried again every few seconds.
 */
export function useRoom(studyId: string, caseId: string, key: string, initial: RoomMessage[] | undefined): Room {
  const [log, setLog] = useState<RoomLog>(emptyLog);
  const [people, setPeople] = useState<string[]>([]);
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<RoomStatus>("connecting");
  const [now, setNow] = useState(() => Date.now());
  const logRef = useRef(log);
  logRef.current = log;
  const connectionRef = useRef<HubConnection | null>(null);
  const lastTypingSent = useRef(0);

  const catchUp = useCallback(async () => {
    const missed = await fetchRoomSince(studyId, caseId, key, lastVersion(logRef.current));
    setLog((current) => accept(current, missed));
  }, [studyId, caseId, key]);

  useEffect(() => {
    if (initial) setLog((current) => accept(current, initial));
  }, [initial]);

  useEffect(() => {
    if (hasGap(log)) void catchUp().catch(() => undefined);
  }, [log, catchUp]);

  useEffect(() => {
    if (!initial) return undefined;
    const connection = new HubConnectionBuilder()
      .withUrl("/hubs/review")
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => retryDelayMs(retry.previousRetryCount) })
      .configureLogging(LogLevel.Warning)
      .build();
    connectionRef.current = connection;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // Connected again: what was said meanwhile is fetched, and fetched again later if that fails (the connection is up).
    const catchUpUntilDone = (failedTries: number) => {
      catchUp().catch(() => {
        if (!stopped) retry = setTimeout(() => catchUpUntilDone(failedTries + 1), retryDelayMs(failedTries));
      });
    };
    const join = async () => {
      const present = await connection.invoke<RoomPeople>("JoinRoom", studyId, caseId, key);
      setPeople(present.people);
      setStatus("connected");
      catchUpUntilDone(0);
    };
    const enter = () => void join().catch(() => setStatus("offline"));
    connection.on("room", (message: RoomMessage) => setLog((current) => accept(current, [message])));
    connection.on("presence", (present: RoomPeople) => setPeople(present.people));
    connection.on("typing", (who: RoomTyping) => setTyping((current) => ({ ...current, [who.person]: Date.now() })));
    connection.onreconnecting(() => setStatus("reconnecting"));
    connection.onreconnected(enter);
    connection.onclose(() => setStatus("offline"));
    // The automatic reconnect only follows a connection that was up: a first start that fails is tried again here.
    const start = (failedTries: number) => {
      connection.start().then(enter, () => {
        if (stopped) return;
        setStatus("reconnecting");
        retry = setTimeout(() => start(failedTries + 1), retryDelayMs(failedTries));
      });
    };
    start(0);
    return () => {
      stopped = true;
      clearTimeout(retry);
      connectionRef.current = null;
      void connection.stop();
    };
  }, [studyId, caseId, key, initial, catchUp]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const sayTyping = useCallback(() => {
    const connection = connectionRef.current;
    if (!connection || Date.now() - lastTypingSent.current < typingSentEveryMs) return;
    lastTypingSent.current = Date.now();
    connection.invoke("Typing", studyId, caseId, key).catch(() => undefined);
  }, [studyId, caseId, key]);

  const typingNow = Object.entries(typing)
    .filter(([, at]) => now - at < typingShownMs)
    .map(([person]) => person);
  return { log, people, typing: typingNow, status, sayTyping };
}
