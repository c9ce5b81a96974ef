import { describe, expect, it } from "vitest";
import { flowSummary, layoutFlow, wrapText, type FlowBox } from "./flowLayout";

const flow = {
  identified: 74,
  unassigned: 10,
  awaitingDecisions: 14,
  screened: 50,
  conflicts: 4,
  excluded: [
    { reason: "not-uk", count: 0 },
    { reason: "outside-window", count: 2 },
    { reason: "too-few-documents", count: 19 },
    { reason: "insufficient-outcome-data", count: 7 },
    { reason: "other", count: 0 },
  ],
  included: 18,
  assessed: 18,
};

const label = (reason: string) => reason.replace(/-/g, " ");
const layout = layoutFlow(flow, label);
const byId = (id: string): FlowBox => {
  const found = layout.boxes.find((b) => b.id === id);
  if (!found) throw new Error(`no box ${id}`);
  return found;
};
const bottom = (b: FlowBox) => b.y + b.height;
const overlap = (a: FlowBox, b: FlowBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("wrapping", () => {
  it("fills lines up to the limit at spaces", () => {
    expect(wrapText("Excluded: fewer than 4 distinct documents", 20)).toEqual([
      "Excluded: fewer than",
      "4 distinct documents",
    ]);
  });

  it("keeps a long word whole and drops extra spaces", () => {
    expect(wrapText("  a   verylongword b ", 4)).toEqual(["a", "verylongword", "b"]);
    expect(wrapText("", 10)).toEqual([]);
  });
});

describe("the flow layout", () => {
  it("has a box per stage, per exclusion reason and per pending group, with its count", () => {
    expect(layout.boxes.map((b) => [b.id, b.count])).toEqual([
      ["identified", 74],
      ["unassigned", 10],
      ["awaiting", 14],
      ["screened", 50],
      ["excluded-not-uk", 0],
      ["excluded-outside-window", 2],
      ["excluded-too-few-documents", 19],
      ["excluded-insufficient-outcome-data", 7],
      ["excluded-other", 0],
      ["conflicts", 4],
      ["assessed", 18],
    ]);
    expect(byId("excluded-too-few-documents").lines.join(" ")).toBe("Excluded: too few documents");
    expect(byId("assessed").lines.join(" ")).toBe("Included and assessed");
  });

  it("stacks the main column top to bottom, with the side boxes between two stages", () => {
    const [identified, screened, assessed] = ["identified", "screened", "assessed"].map(byId);
    if (!identified || !screened || !assessed) throw new Error("missing");
    expect(screened.y).toBeGreaterThan(bottom(identified));
    expect(assessed.y).toBeGreaterThan(bottom(screened));
    for (const id of ["excluded-not-uk", "excluded-other", "conflicts"]) {
      const sideBox = byId(id);
      expect(sideBox.x).toBeGreaterThan(screened.x + screened.width);
      expect(sideBox.y).toBeGreaterThanOrEqual(bottom(screened));
      expect(bottom(sideBox)).toBeLessThanOrEqual(assessed.y);
    }
  });

  it("overlaps no two boxes and fits them all", () => {
    layout.boxes.forEach((a, i) =>
      layout.boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)),
    );
    for (const b of layout.boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(bottom(b)).toBeLessThanOrEqual(layout.height);
    }
  });

  it("draws the trunk from stage to stage and a branch into each side box", () => {
    const screened = byId("screened");
    const trunk = layout.arrows.find((a) => a.id === "to-screened");
    expect(trunk?.points).toEqual([
      [screened.x + screened.width / 2, bottom(byId("identified"))],
      [screened.x + screened.width / 2, screened.y],
    ]);
    const branch = layout.arrows.find((a) => a.id === "to-excluded-too-few-documents");
    const target = byId("excluded-too-few-documents");
    expect(branch?.points[1]).toEqual([target.x, target.y + target.height / 2]);
    expect(layout.arrows).toHaveLength(2 + 8);
  });

  it("names both counts when fewer are assessed than included", () => {
    const other = layoutFlow({ ...flow, assessed: 15 }, label);
    expect(other.boxes.find((b) => b.id === "assessed")?.lines.join(" ")).toBe("Included (18), assessed");
  });

  it("lays out an empty study", () => {
    const empty = layoutFlow({ ...flow, identified: 0, unassigned: 0, awaitingDecisions: 0, screened: 0, conflicts: 0, excluded: [], included: 0, assessed: 0 }, label);
    expect(empty.boxes.map((b) => b.id)).toEqual(["identified", "unassigned", "awaiting", "screened", "conflicts", "assessed"]);
  });
});

describe("the flow in words", () => {
  it("lists every count", () => {
    expect(flowSummary(flow, label)).toBe(
      "74 identified; 10 not yet assigned; 14 awaiting decisions; 50 screened; 0 excluded: not uk; " +
        "2 excluded: outside window; 19 excluded: too few documents; 7 excluded: insufficient outcome data; " +
        "0 excluded: other; 4 conflicts awaiting consensus; 18 included; 18 assessed",
    );
  });
});
