import { describe, expect, it } from "vitest";
import { displayText, formatDate, formatMoney, formatPercent, plural, ratioOf } from "./format";

describe("formatMoney", () => {
  it("formats an amount in its currency without pence", () => {
    expect(formatMoney(1250000, "GBP")).toBe("£1,250,000");
    expect(formatMoney(99.6, "gbp")).toBe("£100");
    expect(formatMoney(3000000, "USD")).toBe("US$3,000,000");
  });

  it("shows a dash for an unknown amount", () => {
    expect(formatMoney(null, "GBP")).toBe("—");
    expect(formatMoney(undefined, "GBP")).toBe("—");
    expect(formatMoney(Number.NaN, "GBP")).toBe("—");
  });

  it("still shows the number when the currency is missing or not a code", () => {
    expect(formatMoney(1500, null)).toBe("1,500");
    expect(formatMoney(1500, "Pounds")).toBe("POUNDS 1,500");
  });
});

describe("formatPercent and ratioOf", () => {
  it("shows a ratio as a percentage with at most one decimal", () => {
    expect(formatPercent(0.1)).toBe("10%");
    expect(formatPercent(0.125)).toBe("12.5%");
    expect(formatPercent(1.2)).toBe("120%");
    expect(formatPercent(null)).toBe("—");
  });

  it("compares actual to maximum only when both are known and the maximum is positive", () => {
    expect(ratioOf(250, 1000)).toBe(0.25);
    expect(ratioOf(null, 1000)).toBeNull();
    expect(ratioOf(250, null)).toBeNull();
    expect(ratioOf(250, 0)).toBeNull();
  });
});

describe("plural", () => {
  it("counts cases in words", () => {
    expect(plural(74, "case")).toBe("74 cases");
    expect(plural(1, "case")).toBe("1 case");
    expect(plural(0, "case")).toBe("0 cases");
    expect(plural(1319, "case")).toBe("1,319 cases");
  });
});

describe("formatDate", () => {
  it("reads INDIGO's full, month and year dates", () => {
    expect(formatDate("2017-10-02")).toBe("2 Oct 2017");
    expect(formatDate("2017-10")).toBe("Oct 2017");
    expect(formatDate("2017")).toBe("2017");
    expect(formatDate("2017-10-02T00:00:00Z")).toBe("2 Oct 2017");
  });

  it("keeps free text and marks missing dates", () => {
    expect(formatDate("early 2018")).toBe("early 2018");
    expect(formatDate("2017-13")).toBe("2017-13");
    expect(formatDate(null)).toBe("—");
    expect(formatDate(" ")).toBe("—");
  });
});

describe("displayText", () => {
  it("turns any value into readable text", () => {
    expect(displayText(["Big Society Capital", "Bridges"])).toBe("Big Society Capital, Bridges");
    expect(displayText([])).toBe("—");
    expect(displayText(1200)).toBe("1,200");
    expect(displayText("")).toBe("—");
    expect(displayText({ nested: true })).toBe("—");
  });
});
