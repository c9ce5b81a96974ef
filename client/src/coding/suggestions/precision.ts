import { formatPercent } from "../../ui/format";
import type { KeywordPrecisionRow, ThemePrecision } from "./types";

/** "75% (3 of 4)", or a plain statement when nobody has decided yet. */
export function precisionText(row: Pick<KeywordPrecisionRow, "accepted" | "rejected" | "precision">): string {
  const decided = row.accepted + row.rejected;
  return row.precision === null ? "no decisions yet" : `${formatPercent(row.precision)} (${row.accepted} of ${decided})`;
}

/** Keywords with decisions first, the least precise first (those a lead should look at), then the rest in list order. */
export function rowsToReview(theme: ThemePrecision): KeywordPrecisionRow[] {
  const decided = theme.keywords.filter((k) => k.precision !== null).sort((a, b) => (a.precision ?? 0) - (b.precision ?? 0));
  return [...decided, ...theme.keywords.filter((k) => k.precision === null)];
}
