import { Link } from "react-router-dom";
import { readableTextOn } from "../../codebook/colours";
import { caseJudgementsRoute } from "./api";
import { progressLabel, sections, stateLabel, stateSymbol } from "./labels";
import type { ThemePrevalence, ThemeState } from "./types";

const legend: ThemeState[] = ["present", "absent", "disagreement", "unjudged", "hidden"];

/**
 * Cases (rows, by cohort: successful, struggling, then the others) by themes (columns), each cell what the case shows;
 * with showProgress (a coder's view), how far the viewer's own judging of each case is.
 */
export function Heatmap({ prevalence, showProgress }: { prevalence: ThemePrevalence; showProgress: boolean }) {
  return (
    <>
      <ul className="heatmap-legend" aria-label="Legend">
        {legend.map((state) => (
          <li key={state}>
            <span className={`heatmap-cell cell-${state}`} aria-hidden="true">
              {stateSymbol[state]}
            </span>{" "}
            {stateLabel(state)}
          </li>
        ))}
        <li>
          <span className="heatmap-cell cell-present by-consensus" aria-hidden="true">
            {stateSymbol.present}
          </span>{" "}
          outlined: settled by the lead's consensus
        </li>
      </ul>
      <div className="heatmap-scroll">
        <table className="heatmap" data-testid="heatmap">
          <caption>Cases by theme, ordered by cohort</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              {prevalence.themes.map((t) => (
                <th key={t.number} scope="col" title={t.name}>
                  <span className="theme-swatch" style={{ background: t.colour, color: readableTextOn(t.colour) }}>
                    {t.number}
                  </span>
                  <span className="visually-hidden">{t.name}</span>
                </th>
              ))}
              {showProgress && <th scope="col">Your judgements</th>}
            </tr>
          </thead>
          {sections(prevalence.cases).map((section) => (
            <tbody key={section.classification} data-testid={`heatmap-${section.classification}`}>
              <tr className="heatmap-section">
                <th scope="colgroup" colSpan={prevalence.themes.length + (showProgress ? 2 : 1)}>
                  {section.label} ({section.cases.length})
                </th>
              </tr>
              {section.cases.map((c) => (
                <tr key={c.caseId} data-testid={`heatmap-row-${c.caseId}`}>
                  <th scope="row">
                    <Link to={caseJudgementsRoute(prevalence.studyId, c.caseId)}>{c.name}</Link>
                  </th>
                  {c.cells.map((cell) => {
                    const label = `Theme ${cell.theme}: ${stateLabel(cell.state, cell.byConsensus)}`;
                    return (
                      <td
                        key={cell.theme}
                        className={`heatmap-cell cell-${cell.state}${cell.byConsensus ? " by-consensus" : ""}`}
                        data-testid={`cell-${c.caseId}-${cell.theme}`}
                        data-state={cell.state}
                        title={label}
                      >
                        <span aria-hidden="true">{stateSymbol[cell.state]}</span>
                        <span className="visually-hidden">{label}</span>
                      </td>
                    );
                  })}
                  {showProgress && <td>{c.myProgress === null ? "" : progressLabel(c.myProgress)}</td>}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
