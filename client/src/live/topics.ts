export type Topic = "catalogue" | `study:${string}`;

export const catalogueTopic: Topic = "catalogue";
export const studyTopic = (studyId: string): Topic => `study:${studyId}`;

export interface ChangeMessage {
  topic: Topic;
  version: number;
}

const isTopic = (value: unknown): value is Topic =>
  value === catalogueTopic || (typeof value === "string" && /^study:.+/.test(value));

/** The server's `changed` message: { topic: "catalogue" | "study:<id>", version }. */
export function isChangeMessage(value: unknown): value is ChangeMessage {
  if (typeof value !== "object" || value === null) return false;
  const message = value as Record<string, unknown>;
  return isTopic(message.topic) && typeof message.version === "number" && Number.isFinite(message.version);
}

/** The hub method (and its arguments) that starts or stops watching a topic. */
export function hubCall(topic: Topic, watching: boolean): { method: string; args: string[] } {
  if (topic === catalogueTopic) return { method: watching ? "WatchCatalogue" : "UnwatchCatalogue", args: [] };
  const studyId = topic.slice("study:".length);
  return { method: watching ? "WatchStudy" : "UnwatchStudy", args: [studyId] };
}
