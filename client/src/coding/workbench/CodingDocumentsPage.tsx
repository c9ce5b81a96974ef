import { Link, useParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { fetchStudy } from "../../studies/api";
import { plural } from "../../ui/format";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { fetchCodingDocuments, workbenchRoute } from "./api";
import type { DocumentToCode } from "./types";

const standing = (d: DocumentToCode) =>
  d.submittedByMe ? `submitted (${plural(d.myCodings, "coding")})` : d.myCodings > 0 ? `${plural(d.myCodings, "coding")} so far` : "not started";

export function CodingDocumentsPage() {
  const { id = "" } = useParams();
  return <CodingDocuments key={id} studyId={id} />;
}

/** /studies/:id/coding: the included cases' documents with text, each with where the viewer's coding stands; live. */
function CodingDocuments({ studyId }: { studyId: string }) {
  const study = useResource(`study:${studyId}`, (signal) => fetchStudy(studyId, signal));
  const documents = useResource(`coding-documents:${studyId}`, (signal) => fetchCodingDocuments(studyId, signal));
  useLiveTopic(studyTopic(studyId), documents.reload);
  const data = documents.data;
  const canCode = study.data?.myRole !== "observer";
  return (
    <main className="page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(studyId)}`}>{study.data?.name ?? studyId}</Link>
        </p>
        <h1>Documents to code</h1>
        <p className="lede">
          The texts of the included cases' documents, at their latest version. Code each one blind: nobody sees your codings,
          nor you theirs, until you submit it. Other texts are coded from a case's documents page.
        </p>
      </header>
      <ProblemAlert problem={documents.error ?? study.error} onRetry={documents.reload} />
      {data === undefined ? (
        documents.loading && <Loading what="the documents" />
      ) : data.length === 0 ? (
        <p className="empty">
          No included case has a document with text yet: screening includes cases, and texts are added on a case's documents
          page.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="coding-documents">
            <caption>Documents of included cases</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Document</th>
                <th scope="col" className="num">Text version</th>
                {canCode && <th scope="col">Your coding</th>}
                <th scope="col" className="num">Coders submitted</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={`${d.caseId}/${d.documentId}`}>
                  <td>{d.caseName}</td>
                  <td>
                    <Link to={workbenchRoute({ studyId, caseId: d.caseId, documentId: d.documentId })}>
                      {d.documentId}: {d.title}
                    </Link>
                  </td>
                  <td className="num">{d.textVersion}</td>
                  {canCode && <td>{standing(d)}</td>}
                  <td className="num">{d.submittedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
