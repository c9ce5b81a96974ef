import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { fetchCase } from "../cases/api";
import { catalogueTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { DocumentRegister } from "./DocumentRegister";

export function DocumentsPage() {
  const { id = "" } = useParams();
  return <DocumentsView key={id} id={id} />;
}

/** /cases/:id/documents: the register on its own, as the screening page links it. */
function DocumentsView({ id }: { id: string }) {
  const detail = useResource(id, (signal) => fetchCase(id, signal));
  useLiveTopic(catalogueTopic, detail.reload);
  const name = detail.data?.record.name ?? detail.data?.summary.name ?? id;
  return (
    <main className="page documents-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/cases/${encodeURIComponent(id)}`}>{name}</Link>
        </p>
        <h1>
          Documents<span className="title-study"> · {name}</span>
        </h1>
        <p className="meta">
          <span className="mono">{id}</span>
        </p>
      </header>
      <DocumentRegister caseId={id} />
    </main>
  );
}
