import { describe, expect, it } from "vitest";
import {
  chartSummary,
  gridValues,
  inTimeOrder,
  latestKnown,
  linePath,
  plotSeries,
  pointTitle,
  valueDomain,
  xOf,
  yOf,
  type Frame,
} from "./chart";
import type { AgreementPoint } from "./types";

const frame: Frame = { width: 120, height: 120, left: 10, right: 10, top: 10, bottom: 10 };
const unit = { min: 0, max: 1 };

const at = (day: number, labels: number, percent: number | null, krippendorff: number | null): AgreementPoint => ({
  at: `2026-11-${String(day).padStart(2, "0")}T10:00:00+00:00`,
  labels,
  percent,
  krippendorff,
});

describe("scaling", () => {
  it("puts 1 at the top of the plot and 0 at its bottom", () => {
    expect(yOf(1, unit, frame)).toBe(10);
    expect(yOf(0, unit, frame)).toBe(110);
    expect(yOf(0.75, unit, frame)).toBe(35);
  });

  it("keeps a value outside the domain on its edge", () => {
    expect(yOf(1.2, unit, frame)).toBe(10);
    expect(yOf(-0.3, unit, frame)).toBe(110);
  });

  it("spreads points evenly in time order and centres a single point", () => {
    expect([0, 1, 2].map((i) => xOf(i, 3, frame))).toEqual([10, 60, 110]);
    expect(xOf(0, 1, frame)).toBe(60);
  });
});

describe("valueDomain and gridValues", () => {
  it("runs from 0 to 1 with a line every quarter", () => {
    const domain = valueDomain([at(1, 10, 0.9, 0.7)]);
    expect(domain).toEqual({ min: 0, max: 1 });
    expect(gridValues(domain)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("extends below zero for a negative alpha, to -1 at most", () => {
    expect(valueDomain([at(1, 10, 0.5, -0.1)])).toEqual({ min: -0.25, max: 1 });
    expect(gridValues({ min: -0.25, max: 1 })).toEqual([-0.25, 0, 0.25, 0.5, 0.75, 1]);
    expect(valueDomain([at(1, 10, 0.1, -3)]).min).toBe(-1);
  });

  it("ignores values not computable yet", () => {
    expect(valueDomain([at(1, 2, null, null)])).toEqual({ min: 0, max: 1 });
  });
});

describe("plotSeries and linePath", () => {
  const points = [at(1, 10, 0.5, null), at(2, 20, 1, 0.5), at(3, 30, 0.75, 1)];

  it("places each known value and leaves a gap where it was not computable", () => {
    const alpha = plotSeries(points, "krippendorff", unit, frame);
    expect(alpha[0]).toBeNull();
    expect(alpha[1]).toMatchObject({ x: 60, y: 60, value: 0.5 });
    expect(alpha[2]).toMatchObject({ x: 110, y: 10, value: 1 });
  });

  it("draws a line through consecutive points", () => {
    expect(linePath(plotSeries(points, "percent", unit, frame))).toBe("M10 60 L60 10 L110 35");
    expect(linePath(plotSeries(points, "krippendorff", unit, frame))).toBe("M60 60 L110 10");
  });

  it("breaks the line at a gap and draws no line for a lone point", () => {
    const gappy = [at(1, 10, 0.5, null), at(2, 20, null, null), at(3, 30, 1, null), at(4, 40, 1, null)];
    const frame4: Frame = { ...frame, width: 80, left: 10, right: 10 };
    expect(linePath(plotSeries(gappy, "percent", unit, frame4))).toBe("M50 10 L70 10");
    expect(linePath(plotSeries([at(1, 10, 0.5, 0.4)], "percent", unit, frame))).toBe("");
  });
});

describe("inTimeOrder and latestKnown", () => {
  it("sorts points oldest first", () => {
    const sorted = inTimeOrder([at(3, 30, 0.1, 0.1), at(1, 10, 0.2, 0.2), at(2, 20, 0.3, 0.3)]);
    expect(sorted.map((p) => p.labels)).toEqual([10, 20, 30]);
  });

  it("keeps the server's order when a time cannot be read", () => {
    const points = [at(3, 30, 0.1, 0.1), { ...at(1, 10, 0.2, 0.2), at: "soon" }];
    expect(inTimeOrder(points).map((p) => p.labels)).toEqual([30, 10]);
  });

  it("finds the latest point at which a statistic was computable", () => {
    const points = [at(1, 10, 0.5, 0.4), at(2, 20, 0.6, null)];
    expect(latestKnown(points, "krippendorff")?.labels).toBe(10);
    expect(latestKnown(points, "percent")?.labels).toBe(20);
    expect(latestKnown([at(1, 1, null, null)], "percent")).toBeUndefined();
  });
});

describe("chart texts", () => {
  it("summarises the latest values for screen readers", () => {
    const summary = chartSummary([at(1, 40, 0.9, null), at(2, 80, 0.85, 0.7)]);
    expect(summary).toBe(
      "Agreement over time, 2 points from 1 Nov 2026 to 2 Nov 2026. " +
        "Latest: Percent agreement 0.850 at 80 labels; Krippendorff's alpha 0.700 at 80 labels.",
    );
  });

  it("says when alpha is not computable yet, and handles one point or none", () => {
    expect(chartSummary([at(1, 2, 1, null)])).toBe(
      "Agreement over time, 1 point, on 1 Nov 2026. " +
        "Latest: Percent agreement 1.000 at 2 labels; Krippendorff's alpha not computable yet.",
    );
    expect(chartSummary([])).toBe("Agreement over time: no points yet");
  });

  it("titles a point with its labels and value", () => {
    expect(pointTitle(at(1, 40, 0.9, 0.7), "krippendorff")).toMatch(/ · 40 labels: Krippendorff's alpha 0\.700$/);
  });
});
