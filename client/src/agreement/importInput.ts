import type { Checked } from "../studies/validation";
import { measurementLevels, type MeasurementLevel } from "./types";

export interface ImportInput {
  name: string;
  level: string;
  /** The chosen file, or null before one is chosen. */
  file: { name: string; size: number } | null;
}

export const isMeasurementLevel = (value: string): value is MeasurementLevel =>
  measurementLevels.some((level) => level === value);

/** A label set needs a name, a measurement level and a non-empty CSV file. */
export function checkImport(input: ImportInput): Checked<{ name: string; level: MeasurementLevel }> {
  const errors: string[] = [];
  const name = input.name.trim();
  const level = input.level;
  if (name === "") errors.push("Give the label set a name, e.g. \u201cPilot screening (outside SibReview)\u201d.");
  if (!isMeasurementLevel(level)) errors.push("Choose the measurement level: nominal, ordinal, interval or ratio.");
  if (input.file === null) errors.push("Choose the CSV file of labels (header unit,coder,value).");
  else if (input.file.size === 0) errors.push(`The file ${input.file.name} is empty.`);
  if (errors.length > 0 || !isMeasurementLevel(level)) return { ok: false, errors };
  return { ok: true, value: { name, level } };
}

/** The file's text with a byte-order mark removed; an error when it holds nothing but blanks. */
export function checkCsvText(fileName: string, text: string): Checked<string> {
  const csv = text.replace(/^\uFEFF/, "");
  if (csv.trim() === "") return { ok: false, errors: [`The file ${fileName} is empty.`] };
  return { ok: true, value: csv };
}
