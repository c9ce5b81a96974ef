import { formatValue } from "../../agreement/numbers";
import { useResource } from "../../api/useResource";
import type { Theme } from "../../codebook/types";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { formatPercent, plural } from "../../ui/format";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { fetchSegmentAgreement, type DocumentRef } from "./api";
import type { CoderPairAgreement } from "./types";

interface Props {
  document: DocumentRef;
  textVersion: number;
  themeOf: (number: number) => Theme | undefined;
}

/** Segment agreement per theme between each pair of coders who submitted the text version (NVivo's coding comparison); live. */
export function SegmentAgreementSection({ document, textVersion, themeOf }: Props) {
  const key = `segment-agreement:${document.studyId}/${document.caseId}/${document.documentId}/${textVersion}`;
  const agreement = useResource(key, (signal) => fetchSegmentAgreement(document, textVersion, signal));
  useLiveTopic(studyTopic(document.studyId), agreement.reload);
  const data = agreement.data;
  return (
    <section aria-labelledby="segment-agreement-title" className="segment-agreement">
      <h2 id="segment-agreement-title">Agreement on this text version</h2>
      <p className="lede">
        For each theme, every character of the text counts as coded or not coded by each coder; percent agreement and Cohen's
        kappa are computed over all {data ? plural(data.textLength, "character") : "the characters"} (UTF-16 code units), as
        NVivo's coding comparison does. Only submitted codings count.
      </p>
      <ProblemAlert problem={agreement.error} onRetry={agreement.reload} />
      {data === undefined ? (
        agreement.loading && <Loading what="the agreement" />
      ) : data.pairs.length === 0 ? (
        <p className="empty">
          Agreement needs two coders who submitted this text version; {plural(data.coders.length, "coder")} so far.
        </p>
      ) : (
        data.pairs.map((pair) => <PairTable key={`${pair.coderA}/${pair.coderB}`} pair={pair} themeOf={themeOf} />)
      )}
    </section>
  );
}

function PairTable({ pair, themeOf }: { pair: CoderPairAgreement; themeOf: (number: number) => Theme | undefined }) {
  const used = pair.themes.filter((t) => t.codedByA + t.codedByB > 0);
  const unused = pair.themes.filter((t) => t.codedByA + t.codedByB === 0);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="segment-agreement-table">
        <caption>
          {pair.coderA} and {pair.coderB}
        </caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col" className="num">
              Agreement
            </th>
            <th scope="col" className="num">
              Kappa
            </th>
            <th scope="col" className="num">
              {pair.coderA} only
            </th>
            <th scope="col" className="num">
              {pair.coderB} only
            </th>
            <th scope="col" className="num">
              Both
            </th>
          </tr>
        </thead>
        <tbody>
          {used.map((t) => (
            <tr key={t.theme}>
              <th scope="row">
                {t.theme}. {themeOf(t.theme)?.name ?? ""}
              </th>
              <td className="num" title={String(t.agreement)}>
                {formatPercent(t.agreement)}
              </td>
              <td className="num" title={[String(t.kappa), ...t.notes].join("; ")}>
                {formatValue(t.kappa)}
              </td>
              <td className="num">{t.codedByA - t.codedByBoth}</td>
              <td className="num">{t.codedByB - t.codedByBoth}</td>
              <td className="num">{t.codedByBoth}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 && (
        <p className="hint">
          Neither coded themes {unused.map((t) => t.theme).join(", ")}: agreement 100%, kappa 1.
        </p>
      )}
    </div>
  );
}
