import { describe, expect, it } from "vitest";
import { describePrice, metricPrices } from "./prices";

describe("metricPrices", () => {
  it("reads a single pricing in the case's currency", () => {
    expect(metricPrices({ pricing: { pricePerUnit: 1500, maximumPrice: 120000 } }, "GBP")).toEqual([
      { currency: "GBP", pricePerUnit: 1500, maximumPrice: 120000, description: null },
    ]);
  });

  it("reads a list of pricings with their own currency and maximum if all targets are achieved", () => {
    const prices = metricPrices(
      {
        pricings: [
          { currency: "EUR", pricePerUnit: 900, maximumPriceIfAllTargetsAchieved: 45000, description: "per job" },
        ],
      },
      "GBP",
    );
    expect(prices).toEqual([{ currency: "EUR", pricePerUnit: 900, maximumPrice: 45000, description: "per job" }]);
  });

  it("leaves out empty pricings", () => {
    expect(metricPrices({ pricings: [{ currency: "GBP" }] }, "GBP")).toEqual([]);
    expect(metricPrices({}, "GBP")).toEqual([]);
  });
});

describe("describePrice", () => {
  it("says the unit price, the maximum and what it is for", () => {
    const price = { currency: "GBP", pricePerUnit: 1500, maximumPrice: 120000, description: "per sustained tenancy" };
    expect(describePrice(price)).toBe("£1,500 per unit; maximum £120,000 (per sustained tenancy)");
    expect(describePrice({ ...price, pricePerUnit: null, description: null })).toBe("maximum £120,000");
    expect(describePrice({ ...price, pricePerUnit: null, maximumPrice: null })).toBe("per sustained tenancy");
  });
});
