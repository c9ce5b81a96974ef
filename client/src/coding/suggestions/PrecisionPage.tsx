import { Link, useParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { fetchStudy } from "../../studies/api";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { fetchPrecision, suggestionsRoute } from "./api";
import { precisionText, rowsToReview } from "./precision";
import type { ThemePrecision } from "./types";
import "../search/search.css";

export function PrecisionPage() {
  const { id = "" } = useParams();
  return <PrecisionScreen key={id} id={id} />;
}

/** /studies/:id/keyword-precision: how often each keyword's suggestions were accepted, live. */
function PrecisionScreen({ id }: { id: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const precision = useResource(`precision:${id}`, (signal) => fetchPrecision(id, signal));
  useLiveTopic(studyTopic(id), precision.reload);
  const data = precision.data;
  return (
    <main className="page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link>
        </p>
        <h1>Keyword precision</h1>
        <p className="lede">
          Of the <Link to={suggestionsRoute(id)}>suggestions</Link> a keyword made, the share coders accepted: accepted / (accepted +
          rejected). A passage found by several keywords of a theme counts for the first of them in the codebook.
        </p>
      </header>
      <ProblemAlert problem={precision.error} onRetry={precision.reload} />
      {data === undefined && precision.loading && <Loading what="keyword precision" />}
      {data && (
        <>
          <section aria-labelledby="precision-mine">
            <h2 id="precision-mine">Your decisions</h2>
            <PrecisionTables themes={data.mine} who="mine" />
          </section>
          {data.allCoders && (
            <section aria-labelledby="precision-all">
              <h2 id="precision-all">All coders' decisions</h2>
              <p className="hint">Counts only: whose decisions and on which passages stay with each coder.</p>
              <PrecisionTables themes={data.allCoders} who="all" />
            </section>
          )}
        </>
      )}
    </main>
  );
}

function PrecisionTables({ themes, who }: { themes: ThemePrecision[]; who: string }) {
  return (
    <>
      {themes.map((theme) => (
        <div key={theme.theme} className="table-scroll">
          <table className="data-table precision-table" data-testid={`precision-${who}-${theme.theme}`}>
            <caption>
              Theme {theme.theme}: {theme.name} · {precisionText(theme)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Keyword</th>
                <th scope="col" className="num">
                  Accepted
                </th>
                <th scope="col" className="num">
                  Rejected
                </th>
                <th scope="col" className="num">
                  Precision
                </th>
              </tr>
            </thead>
            <tbody>
              {rowsToReview(theme).map((row) => (
                <tr key={row.keyword}>
                  <th scope="row">
                    <code>{row.keyword}</code>
                    {!row.listed && <span className="muted"> (no longer in the theme's list)</span>}
                  </th>
                  <td className="num">{row.accepted}</td>
                  <td className="num">{row.rejected}</td>
                  <td className="num">{precisionText(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
