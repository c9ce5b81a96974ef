import { describe, expect, it } from "vitest";
import { catalogueTopic, hubCall, isChangeMessage, studyTopic } from "./topics";

describe("hub calls for topics", () => {
  it("watches and unwatches the catalogue", () => {
    expect(hubCall(catalogueTopic, true)).toEqual({ method: "WatchCatalogue", args: [] });
    expect(hubCall(catalogueTopic, false)).toEqual({ method: "UnwatchCatalogue", args: [] });
  });

  it("watches and unwatches a study by its id", () => {
    const topic = studyTopic("6f1c2a9e-0000-4000-8000-000000000001");
    expect(topic).toBe("study:6f1c2a9e-0000-4000-8000-000000000001");
    expect(hubCall(topic, true)).toEqual({ method: "WatchStudy", args: ["6f1c2a9e-0000-4000-8000-000000000001"] });
    expect(hubCall(topic, false).method).toBe("UnwatchStudy");
  });

  it("accepts only well-formed change messages", () => {
    expect(isChangeMessage({ topic: "catalogue", version: 3 })).toBe(true);
    expect(isChangeMessage({ topic: "catalogue", version: "3" })).toBe(false);
    expect(isChangeMessage({ topic: "study:6f1c", version: 3 })).toBe(true);
    expect(isChangeMessage({ topic: "studies", version: 3 })).toBe(false);
    expect(isChangeMessage({ topic: "study:", version: 3 })).toBe(false);
    expect(isChangeMessage(null)).toBe(false);
  });
});
