import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retryDelay";

describe("retryDelayMs", () => {
  it("starts at half a second and doubles", () => {
    expect([0, 1, 2, 3].map(retryDelayMs)).toEqual([500, 1000, 2000, 4000]);
  });

  it("never waits more than five seconds, however long the outage", () => {
    expect([4, 10, 100].map(retryDelayMs)).toEqual([5000, 5000, 5000]);
  });
});
