import { describe, expect, it } from "vitest";
import { Subscriptions } from "./subscriptions";
import { catalogueTopic, studyTopic } from "./topics";

describe("Subscriptions", () => {
  it("watches a topic for its first view and stops after its last", () => {
    const subscriptions = new Subscriptions();
    const table = () => {};
    const chart = () => {};
    expect(subscriptions.add(catalogueTopic, table)).toBe(true);
    expect(subscriptions.add(catalogueTopic, chart)).toBe(false);
    expect(subscriptions.remove(catalogueTopic, table)).toBe(false);
    expect(subscriptions.remove(catalogueTopic, chart)).toBe(true);
    expect(subscriptions.topics()).toEqual([]);
  });

  it("notifies only the views of the announced topic", () => {
    const subscriptions = new Subscriptions();
    const catalogueView = () => {};
    const studyView = () => {};
    subscriptions.add(catalogueTopic, catalogueView);
    subscriptions.add(studyTopic("s1"), studyView);
    expect(subscriptions.listeners("study:s1")).toEqual([studyView]);
    expect(subscriptions.listeners("study:s2")).toEqual([]);
    expect(subscriptions.allListeners()).toHaveLength(2);
  });

  it("ignores removing a view that never listened", () => {
    expect(new Subscriptions().remove(catalogueTopic, () => {})).toBe(false);
  });
});
