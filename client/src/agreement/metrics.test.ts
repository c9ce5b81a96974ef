import { describe, expect, it } from "vitest";
import { isAlpha, metricName, sourceName } from "./metrics";

describe("metricName", () => {
  it("names every statistic the server reports", () => {
    expect(
      ["percent", "cohen", "scott-pi", "fleiss", "krippendorff", "gwet-ac1", "brennan-prediger"].map(metricName),
    ).toEqual([
      "Percent agreement",
      "Cohen's kappa",
      "Scott's pi",
      "Fleiss' kappa",
      "Krippendorff's alpha",
      "Gwet's AC1",
      "Brennan-Prediger",
    ]);
  });

  it("ignores case and shows an unknown statistic as given", () => {
    expect(metricName("Scott-Pi")).toBe("Scott's pi");
    expect(metricName("icc")).toBe("icc");
  });
});

describe("isAlpha", () => {
  it("recognises Krippendorff's alpha only", () => {
    expect(isAlpha("krippendorff")).toBe(true);
    expect(isAlpha("percent")).toBe(false);
  });
});

describe("sourceName", () => {
  it("says where labels came from", () => {
    expect(sourceName("imported")).toBe("Imported from a CSV file");
    expect(sourceName("screening")).toBe("Screening decisions");
    expect(sourceName("something-new")).toBe("something-new");
  });
});
