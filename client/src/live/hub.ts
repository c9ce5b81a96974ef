import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { Subscriptions, type Listener } from "./subscriptions";
import { hubCall, isChangeMessage, type Topic } from "./topics";
import { VersionBook } from "./versions";

export type LiveStatus = "connecting" | "connected" | "reconnecting" | "offline";

const retryAfterMs = 15_000;

/**
 * The one SignalR connection to /hubs/review. Views listen to topics; the hub is told to watch a
 * topic while any view listens, and views refetch when a higher version is announced for their
 * topic and once after every reconnect (messages may have been missed meanwhile).
 */
class LiveHub {
  private connection: HubConnection | null = null;
  private status: LiveStatus = "offline";
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions = new Subscriptions();
  private readonly versions = new VersionBook();
  private readonly statusListeners = new Set<() => void>();

  start(): void {
    if (this.connection) return;
    const connection = new HubConnectionBuilder()
      .withUrl("/hubs/review")
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    connection.on("changed", (message: unknown) => this.announce(message));
    connection.onreconnecting(() => this.setStatus("reconnecting"));
    connection.onreconnected(() => this.resync(connection));
    connection.onclose(() => {
      if (this.connection !== connection) return;
      this.setStatus("offline");
      this.retryLater(connection);
    });
    this.connection = connection;
    this.connect(connection, false);
  }

  stop(): void {
    const connection = this.connection;
    this.connection = null;
    clearTimeout(this.retryTimer);
    this.setStatus("offline");
    void connection?.stop();
  }

  listen(topic: Topic, listener: Listener): () => void {
    if (this.subscriptions.add(topic, listener)) this.invoke(topic, true);
    return () => {
      if (this.subscriptions.remove(topic, listener)) this.invoke(topic, false);
    };
  }

  readonly getStatus = (): LiveStatus => this.status;

  readonly onStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  private connect(connection: HubConnection, afterOutage: boolean): void {
    this.setStatus(afterOutage ? "reconnecting" : "connecting");
    connection.start().then(
      () => (afterOutage ? this.resync(connection) : this.watchAll(connection)),
      () => {
        if (this.connection !== connection) return;
        this.setStatus("offline");
        this.retryLater(connection);
      },
    );
  }

  private retryLater(connection: HubConnection): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (this.connection === connection && connection.state === HubConnectionState.Disconnected) {
        this.connect(connection, true);
      }
    }, retryAfterMs);
  }

  private watchAll(connection: HubConnection): void {
    if (this.connection !== connection) return;
    this.setStatus("connected");
    for (const topic of this.subscriptions.topics()) this.invoke(topic, true);
  }

  private resync(connection: HubConnection): void {
    if (this.connection !== connection) return;
    this.watchAll(connection);
    for (const refetch of this.subscriptions.allListeners()) refetch();
  }

  private announce(message: unknown): void {
    if (!isChangeMessage(message) || !this.versions.accept(message.topic, message.version)) return;
    for (const refetch of this.subscriptions.listeners(message.topic)) refetch();
  }

  private invoke(topic: Topic, watching: boolean): void {
    const connection = this.connection;
    if (connection?.state !== HubConnectionState.Connected) return;
    const { method, args } = hubCall(topic, watching);
    connection.invoke(method, ...args).catch((error: unknown) => {
      console.warn(`Live updates: ${method} failed`, error);
    });
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }
}

export const liveHub = new LiveHub();
