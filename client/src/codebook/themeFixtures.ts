import type { Theme } from "./types";

/** A theme for tests: the named fields over a plain active top-level theme. */
export const theme = (number: number, fields: Partial<Theme> = {}): Theme => ({
  number,
  name: `Theme ${number}`,
  definition: "What coders look for.",
  inclusionNotes: null,
  exclusionNotes: null,
  exampleQuotes: [],
  colour: "#CC6677",
  keywords: [],
  parent: null,
  retired: false,
  ...fields,
});
