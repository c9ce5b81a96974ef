import { describe, expect, it } from "vitest";
import {
  countAxis,
  countRows,
  scenarioAt,
  sweepFrame,
  sweepPath,
  sweepPlot,
  sweepTolerances,
  sweepX,
  sweepY,
  toleranceParam,
} from "./sweep";
import type { ReplayScenario } from "./types";

const scenario = (tolerance: number, successful: number, struggling: number, unclassified = 0): ReplayScenario => ({
  tolerance,
  successful,
  struggling,
  unclassified,
  flipped: [],
  themes: [],
});

describe("sweep tolerances", () => {
  it("are the 31 hundredths from 0 to 0.30", () => {
    const all = sweepTolerances();
    expect(all).toHaveLength(31);
    expect(all[0]).toBe(0);
    expect(all[7]).toBe(0.07);
    expect(all[30]).toBe(0.3);
  });

  it("go into one query parameter", () => {
    expect(toleranceParam([0.1, 0.15000000000000002, 0])).toBe("0.1,0.15,0");
    expect(toleranceParam(sweepTolerances()).split(",")).toHaveLength(31);
  });
});

describe("scenarios", () => {
  const report = { study: "s", scenarios: [scenario(0.1, 10, 8, 2), scenario(0.2, 12, 6, 2)] };

  it("are found by tolerance", () => {
    expect(scenarioAt(report, 0.2)?.successful).toBe(12);
    expect(scenarioAt(report, 0.1 + 0.2 - 0.1)?.successful).toBe(12);
    expect(scenarioAt(report, 0.15)).toBeUndefined();
    expect(scenarioAt(undefined, 0.1)).toBeUndefined();
  });

  it("give real and replayed counts side by side", () => {
    const rows = countRows(scenarioAt(report, 0.1), scenarioAt(report, 0.2));
    expect(rows.map((r) => [r.key, r.real, r.replayed])).toEqual([
      ["successful", 10, 12],
      ["struggling", 8, 6],
      ["unclassified", 2, 2],
    ]);
    expect(countRows(undefined, undefined)[0]).toMatchObject({ real: null, replayed: null });
  });
});

describe("sweep chart", () => {
  it("has whole-number count ticks", () => {
    expect(countAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(countAxis(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(countAxis(18)).toEqual({ max: 20, ticks: [0, 4, 8, 12, 16, 20] });
  });

  it("places tolerances across and counts up", () => {
    expect(sweepX(0)).toBe(sweepFrame.left);
    expect(sweepX(0.3)).toBeCloseTo(sweepFrame.width - sweepFrame.right);
    expect(sweepY(0, 10)).toBe(sweepFrame.height - sweepFrame.bottom);
    expect(sweepY(10, 10)).toBe(sweepFrame.top);
  });

  it("builds both series in tolerance order", () => {
    const plot = sweepPlot([scenario(0.2, 12, 6), scenario(0, 4, 14), scenario(0.1, 10, 8)]);
    expect(plot.maxCount).toBe(15);
    expect(plot.series.successful.map((p) => p.count)).toEqual([4, 10, 12]);
    expect(plot.series.struggling.map((p) => p.tolerance)).toEqual([0, 0.1, 0.2]);
    expect(sweepPath(plot.series.successful)).toMatch(/^M\d+\.\d \d+\.\d L/);
    expect(sweepPath([])).toBe("");
  });
});
