import { describe, expect, it } from "vitest";
import { checkCsvText, checkImport, isMeasurementLevel } from "./importInput";

const file = { name: "pilot.csv", size: 120 };

describe("checkImport", () => {
  it("accepts a name, a level and a file", () => {
    expect(checkImport({ name: "  Pilot screening ", level: "ordinal", file })).toEqual({
      ok: true,
      value: { name: "Pilot screening", level: "ordinal" },
    });
  });

  it("lists every missing piece at once", () => {
    const checked = checkImport({ name: " ", level: "", file: null });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toHaveLength(3);
  });

  it("refuses an empty file", () => {
    expect(checkImport({ name: "Pilot", level: "nominal", file: { name: "empty.csv", size: 0 } })).toEqual({
      ok: false,
      errors: ["The file empty.csv is empty."],
    });
  });
});

describe("isMeasurementLevel", () => {
  it("knows the four levels", () => {
    expect(["nominal", "ordinal", "interval", "ratio"].every(isMeasurementLevel)).toBe(true);
    expect(isMeasurementLevel("Nominal")).toBe(false);
  });
});

describe("checkCsvText", () => {
  it("keeps the text, without a byte-order mark", () => {
    expect(checkCsvText("a.csv", "\uFEFFunit,coder,value\n1,A,yes\n")).toEqual({
      ok: true,
      value: "unit,coder,value\n1,A,yes\n",
    });
  });

  it("refuses a file of blanks", () => {
    expect(checkCsvText("a.csv", " \n\n")).toEqual({ ok: false, errors: ["The file a.csv is empty."] });
  });
});
