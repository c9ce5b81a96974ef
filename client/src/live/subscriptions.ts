import type { Topic } from "./topics";

export type Listener = () => void;

/** Which views listen to which topic; the first and last listener decide when to (un)watch. */
export class Subscriptions {
  private readonly byTopic = new Map<Topic, Set<Listener>>();

  /** Adds a listener; true when it is the topic's first (start watching). */
  add(topic: Topic, listener: Listener): boolean {
    const listeners = this.byTopic.get(topic) ?? new Set<Listener>();
    listeners.add(listener);
    this.byTopic.set(topic, listeners);
    return listeners.size === 1;
  }

  /** Removes a listener; true when it was the topic's last (stop watching). */
  remove(topic: Topic, listener: Listener): boolean {
    const listeners = this.byTopic.get(topic);
    if (!listeners?.delete(listener)) return false;
    if (listeners.size > 0) return false;
    this.byTopic.delete(topic);
    return true;
  }

  topics(): Topic[] {
    return [...this.byTopic.keys()];
  }

  listeners(topic: Topic): Listener[] {
    return [...(this.byTopic.get(topic) ?? [])];
  }

  allListeners(): Listener[] {
    return [...this.byTopic.values()].flatMap((set) => [...set]);
  }
}
