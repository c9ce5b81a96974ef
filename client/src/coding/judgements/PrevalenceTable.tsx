import { apartText, footnotes, formatP, intervalText, oddsText, shareText } from "./labels";
import type { CohortPrevalence, ThemePrevalence } from "./types";

function CohortCell({ cohort, testId }: { cohort: CohortPrevalence; testId: string }) {
  const apart = apartText(cohort);
  return (
    <td className="num" data-testid={testId}>
      {shareText(cohort)}
      {apart !== "" && <span className="hint prevalence-apart">{apart}</span>}
    </td>
  );
}

/** Per theme: the successful and struggling cases judged to show it, and Fisher's exact test of the difference. */
export function PrevalenceTable({ prevalence }: { prevalence: ThemePrevalence }) {
  const colours = new Map(prevalence.themes.map((t) => [t.number, t.colour]));
  const { notes, byTheme } = footnotes(prevalence.rows);
  return (
    <>
      <table className="data-table prevalence-table" data-testid="prevalence-table">
        <caption>Cases showing each theme, of those judged, by cohort</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col" className="num">
              Successful
            </th>
            <th scope="col" className="num">
              Struggling
            </th>
            <th scope="col" className="num">
              p (Fisher, two-sided)
            </th>
            <th scope="col" className="num">
              Odds ratio (95% interval)
            </th>
          </tr>
        </thead>
        <tbody>
          {prevalence.rows.map((row) => (
            <tr key={row.theme} data-testid={`prevalence-theme-${row.theme}`}>
              <th scope="row">
                <span className="theme-dot" style={{ background: colours.get(row.theme) }} aria-hidden="true" /> {row.theme}.{" "}
                {row.name}
              </th>
              <CohortCell cohort={row.successful} testId={`prevalence-successful-${row.theme}`} />
              <CohortCell cohort={row.struggling} testId={`prevalence-struggling-${row.theme}`} />
              <td className="num">{formatP(row.fisher.pValue)}</td>
              <td className="num">
                {oddsText(row)} <span className="hint">({intervalText(row.fisher)})</span>
                {(byTheme.get(row.theme) ?? []).map((n) => (
                  <sup key={n}>
                    <a href={`#prevalence-note-${n}`} aria-label={`note ${n}`}>
                      {n}
                    </a>
                  </sup>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        A case shows a theme when the coders who submitted their judgements of it agree it does, or the lead's consensus
        says so. Disagreements without a consensus, and cases nobody has submitted, are counted apart, not guessed. The odds
        ratio is the conditional maximum-likelihood estimate, above 1 when the theme goes with success; p-value and
        interval are exact, as R's fisher.test gives them.
      </p>
      {notes.length > 0 && (
        <ol className="hint prevalence-notes" aria-label="Notes on the tests">
          {notes.map((note, i) => (
            <li key={note} id={`prevalence-note-${i + 1}`}>
              {note}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
