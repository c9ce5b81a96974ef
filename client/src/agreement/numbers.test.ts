import { describe, expect, it } from "vitest";
import {
  countsLine,
  formatCoverage,
  formatInterval,
  formatMinimum,
  formatProbabilityBelow,
  formatValue,
  fullValue,
} from "./numbers";

describe("formatValue", () => {
  it("shows three decimals", () => {
    expect(formatValue(0.743421052631579)).toBe("0.743");
    expect(formatValue(0.8181818181818182)).toBe("0.818");
    expect(formatValue(1)).toBe("1.000");
    expect(formatValue(0.8)).toBe("0.800");
  });

  it("keeps the sign of a negative kappa but never shows -0.000", () => {
    expect(formatValue(-0.12)).toBe("-0.120");
    expect(formatValue(-0.0001)).toBe("0.000");
  });

  it("marks an unknown value", () => {
    expect(formatValue(null)).toBe("—");
    expect(formatValue(undefined)).toBe("—");
    expect(formatValue(Number.NaN)).toBe("—");
  });
});

describe("fullValue", () => {
  it("gives the unrounded value for a tooltip", () => {
    expect(fullValue(0.743421052631579)).toBe("0.743421052631579");
    expect(fullValue(null)).toBeUndefined();
  });
});

describe("formatInterval and formatCoverage", () => {
  it("shows both bounds with three decimals", () => {
    expect(formatInterval({ lower: 0.615, upper: 0.85, level: 0.95, method: "Bootstrap" })).toBe("0.615 – 0.850");
    expect(formatInterval({ lower: 0.54, upper: 1, level: 0.95, method: "Wald" })).toBe("0.540 – 1.000");
  });

  it("marks a missing interval", () => {
    expect(formatInterval(null)).toBe("—");
  });

  it("shows the coverage as a percentage", () => {
    expect(formatCoverage(0.95)).toBe("95%");
    expect(formatCoverage(0.9)).toBe("90%");
    expect(formatCoverage(0.995)).toBe("99.5%");
  });
});

describe("probabilities below a minimum alpha", () => {
  it("writes the minimum as given and q with three decimals", () => {
    expect(formatMinimum(0.667)).toBe("0.667");
    expect(formatMinimum(0.8)).toBe("0.8");
    expect(formatProbabilityBelow({ minimum: 0.667, q: 0.144 })).toBe("P(alpha < 0.667) = 0.144");
    expect(formatProbabilityBelow({ minimum: 0.8, q: 0.795 })).toBe("P(alpha < 0.8) = 0.795");
  });
});

describe("countsLine", () => {
  const report = { units: 12, coders: 4, pairable: 40, results: [], omitted: [] };

  it("counts labels, units, coders and pairable values", () => {
    expect(countsLine({ labels: 240, report })).toBe("240 labels · 12 units · 4 coders · 40 pairable values");
    expect(countsLine({ labels: 1, report: { ...report, units: 1, coders: 1, pairable: 1 } })).toBe(
      "1 label · 1 unit · 1 coder · 1 pairable value",
    );
  });

  it("counts only the labels when nothing could be computed", () => {
    expect(countsLine({ labels: 3, report: null })).toBe("3 labels");
  });
});
