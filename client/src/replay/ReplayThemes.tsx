import { formatP, shareText } from "../coding/judgements/labels";
import type { ThemeCohortPrevalence } from "../coding/judgements/types";
import { formatPercent } from "../ui/format";
import { themeRows } from "./themes";
import type { ReplayScenario } from "./types";

const share = (t: ThemeCohortPrevalence | undefined, cohort: "successful" | "struggling") =>
  t === undefined ? "—" : shareText(t[cohort]);

/** Per theme, its prevalence in each cohort and Fisher's p under the study's own settings beside the replayed ones. */
export function ReplayThemes({ real, replayed, current, chosen }: {
  real: ReplayScenario | undefined;
  replayed: ReplayScenario | undefined;
  current: number;
  chosen: number;
}) {
  const rows = themeRows(real, replayed);
  if (rows.length === 0) return <p className="empty">The codebook has no active theme.</p>;
  return (
    <table className="data-table replay-themes" data-testid="replay-themes">
      <caption>
        Cases showing each theme, of those judged (real: {formatPercent(current)}; replayed: {formatPercent(chosen)})
      </caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            Theme
          </th>
          <th scope="colgroup" colSpan={2}>
            Successful
          </th>
          <th scope="colgroup" colSpan={2}>
            Struggling
          </th>
          <th scope="colgroup" colSpan={2}>
            p (Fisher)
          </th>
        </tr>
        <tr>
          {["successful", "struggling", "p"].flatMap((group) => [
            <th key={`${group}-real`} scope="col" className="num">
              Real
            </th>,
            <th key={`${group}-replayed`} scope="col" className="num">
              Replayed
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.theme} className={row.changed ? "changed" : undefined} data-testid={`replay-theme-${row.theme}`}>
            <th scope="row">
              {row.theme}. {row.name}
            </th>
            <td className="num">{share(row.real, "successful")}</td>
            <td className="num">{share(row.replayed, "successful")}</td>
            <td className="num">{share(row.real, "struggling")}</td>
            <td className="num">{share(row.replayed, "struggling")}</td>
            <td className="num">{row.real === undefined ? "—" : formatP(row.real.fisher.pValue)}</td>
            <td className="num">{row.replayed === undefined ? "—" : formatP(row.replayed.fisher.pValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
