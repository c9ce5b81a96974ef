import { describe, expect, it } from "vitest";
import {
  candidateFilterKeys,
  catalogueFilterKeys,
  filtersFromQuery,
  filtersToQuery,
  isApplicable,
  noFilters,
} from "./filters";

describe("catalogue filters in the query string", () => {
  it("reads a shared link back into filters", () => {
    const filters = filtersFromQuery(
      new URLSearchParams("country=GB&liveFrom=2015&liveTo=2020&sector=Homelessness&q=Fair%20Chance"),
      catalogueFilterKeys,
    );
    expect(filters).toEqual({
      ...noFilters,
      country: "GB",
      liveFrom: "2015",
      liveTo: "2020",
      sector: "Homelessness",
      q: "Fair Chance",
    });
  });

  it("writes only the filters that are set, in a stable order", () => {
    const query = filtersToQuery({ ...noFilters, q: "  youth ", liveTo: "2020", country: "GB" }, catalogueFilterKeys);
    expect(query.toString()).toBe("country=GB&liveTo=2020&q=youth");
  });

  it("round-trips every filter", () => {
    const filters = {
      country: "GB",
      liveFrom: "2015",
      liveTo: "2020",
      stage: "Complete",
      sector: "Child and family welfare",
      fund: "Life Chances Fund",
      q: "Ways to Wellness",
    };
    expect(filtersFromQuery(filtersToQuery(filters, catalogueFilterKeys), catalogueFilterKeys)).toEqual(filters);
  });

  it("ignores malformed years and unknown keys", () => {
    const filters = filtersFromQuery(new URLSearchParams("liveFrom=20&liveTo=abcd&page=3"), catalogueFilterKeys);
    expect(filters).toEqual(noFilters);
  });

  it("leaves the country to the study when listing its candidates", () => {
    const query = new URLSearchParams("country=US&stage=Complete");
    expect(filtersFromQuery(query, candidateFilterKeys).country).toBe("");
    expect(filtersToQuery({ ...noFilters, country: "US", stage: "Complete" }, candidateFilterKeys).toString()).toBe(
      "stage=Complete",
    );
  });

  it("applies a year only once all four digits are typed", () => {
    expect(isApplicable("liveFrom", "201")).toBe(false);
    expect(isApplicable("liveFrom", "2016")).toBe(true);
    expect(isApplicable("liveFrom", "")).toBe(true);
    expect(isApplicable("q", "2")).toBe(true);
  });
});
