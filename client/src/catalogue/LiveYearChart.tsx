import { BarChart } from "../ui/BarChart";
import { plural } from "../ui/format";
import { casesByLiveYear } from "./liveYears";
import type { CaseSummary } from "./types";

export function LiveYearChart({ cases }: { cases: CaseSummary[] }) {
  const { bars, undated } = casesByLiveYear(cases);
  return (
    <figure className="chart">
      {bars.length > 0 && <BarChart bars={bars} title="Cases by live year" />}
      <figcaption>Cases by live year{undated > 0 ? `; ${plural(undated, "case")} without a live date` : ""}</figcaption>
    </figure>
  );
}
