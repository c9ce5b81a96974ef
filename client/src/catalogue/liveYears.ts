import type { Bar } from "../ui/BarChart";
import type { CaseSummary } from "./types";

/** Cases per live year, with every year between the first and last present (zero where none). */
export function casesByLiveYear(cases: CaseSummary[]): { bars: Bar[]; undated: number } {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const summary of cases) {
    if (summary.liveYear === null || summary.liveYear === undefined) undated += 1;
    else counts.set(summary.liveYear, (counts.get(summary.liveYear) ?? 0) + 1);
  }
  if (counts.size === 0) return { bars: [], undated };
  const years = [...counts.keys()];
  const bars: Bar[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    bars.push({ label: String(year), value: counts.get(year) ?? 0 });
  }
  return { bars, undated };
}
