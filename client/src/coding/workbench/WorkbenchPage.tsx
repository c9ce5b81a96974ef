import { useCallback, useMemo } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { fetchCodebook } from "../../codebook/api";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { codingDocumentsRoute, fetchCodings, workbenchRoute, type DocumentRef } from "./api";
import { CodingDesk, type Passage } from "./CodingDesk";
import type { DocumentCodings } from "./types";

/** A number asked for in the address (?version=2), or null. */
const numberParameter = (text: string | null) => (text !== null && /^\d+$/.test(text) ? Number(text) : null);

export function WorkbenchPage() {
  const { id = "", caseId = "", documentId = "" } = useParams();
  const [search] = useSearchParams();
  const version = numberParameter(search.get("version"));
  const [start, end] = [numberParameter(search.get("start")), numberParameter(search.get("end"))];
  const document = useMemo(() => ({ studyId: id, caseId, documentId }), [id, caseId, documentId]);
  const passage = useMemo(() => (start !== null && end !== null ? { start, end } : null), [start, end]);
  return <Workbench key={`${id}/${caseId}/${documentId}/${version}`} document={document} version={version} passage={passage} />;
}

interface Props {
  document: DocumentRef;
  version: number | null;
  passage: Passage | null;
}

/**
 * /studies/:id/cases/:caseId/documents/:documentId/code: a coder codes a text version of a document, blind; the lead and
 * observers (and coders who submitted) read the submitted codings and their agreement. Refreshed live.
 */
function Workbench({ document, version, passage }: Props) {
  const key = `${document.studyId}/${document.caseId}/${document.documentId}`;
  const codings = useResource(`codings:${key}:${version ?? "latest"}`, (signal) => fetchCodings(document, version, signal));
  const codebook = useResource(`codebook:${document.studyId}`, (signal) => fetchCodebook(document.studyId, null, signal));
  const { reload: reloadCodings } = codings;
  const { reload: reloadCodebook } = codebook;
  const refetch = useCallback(() => {
    reloadCodings();
    reloadCodebook();
  }, [reloadCodings, reloadCodebook]);
  useLiveTopic(studyTopic(document.studyId), refetch);
  const data = codings.data;

  return (
    <main className="page workbench-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={codingDocumentsRoute(document.studyId)}>Documents to code</Link> ·{" "}
          <Link to={`/cases/${encodeURIComponent(document.caseId)}/documents`}>Documents of {document.caseId}</Link>
        </p>
        <h1>{data?.documentTitle ?? document.documentId}</h1>
        {data && <WorkbenchFacts document={document} codings={data} />}
      </header>
      <ProblemAlert problem={codings.error ?? codebook.error} onRetry={refetch} />
      {data && codebook.data ? (
        <CodingDesk
          key={data.textVersion}
          document={document}
          codings={data}
          themes={codebook.data.themes}
          passage={passage}
          refetch={reloadCodings}
        />
      ) : (
        (codings.loading || codebook.loading) && <Loading what="the workbench" />
      )}
    </main>
  );
}

function WorkbenchFacts({ document, codings }: { document: DocumentRef; codings: DocumentCodings }) {
  const versions = Array.from({ length: codings.latestTextVersion }, (_, i) => i + 1);
  return (
    <p className="meta">
      <span className="mono">
        {codings.caseId} · {codings.documentId}
      </span>
      <span data-testid="text-version">
        Text version {codings.textVersion} of {codings.latestTextVersion}
      </span>
      {versions.length > 1 &&
        versions
          .filter((v) => v !== codings.textVersion)
          .map((v) => (
            <Link key={v} to={workbenchRoute(document, v)} className="version-link">
              Code v{v}
            </Link>
          ))}
      <span>
        Your role: <span className={`role role-${codings.myRole}`}>{codings.myRole}</span>
      </span>
    </p>
  );
}
