import { describe, expect, it } from "vitest";
import { casesByLiveYear } from "./liveYears";
import type { CaseSummary } from "./types";

const liveIn = (liveYear: number | null): CaseSummary => ({
  id: `INDIGO-POJ-${liveYear ?? "x"}`,
  name: "A bond",
  countries: ["GB"],
  stage: "Complete",
  policySector: "Homelessness",
  liveDate: null,
  liveYear,
  outcomeFunds: [],
  currency: "GBP",
  maxOutcomePayment: null,
  actualOutcomePayments: null,
  sourceCount: 0,
  version: 1,
});

describe("casesByLiveYear", () => {
  it("counts cases per live year and fills the years between", () => {
    const { bars, undated } = casesByLiveYear([liveIn(2015), liveIn(2017), liveIn(2017), liveIn(null)]);
    expect(bars).toEqual([
      { label: "2015", value: 1 },
      { label: "2016", value: 0 },
      { label: "2017", value: 2 },
    ]);
    expect(undated).toBe(1);
  });

  it("draws nothing when no case has a live year", () => {
    expect(casesByLiveYear([liveIn(null)])).toEqual({ bars: [], undated: 1 });
    expect(casesByLiveYear([])).toEqual({ bars: [], undated: 0 });
  });
});
