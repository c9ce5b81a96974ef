import { useState } from "react";
import { useResource } from "../api/useResource";
import { catalogueTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudies } from "../studies/api";
import { plural } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { AddDocumentForm } from "./AddDocumentForm";
import { fetchDocuments } from "./api";
import { DocumentItem } from "./DocumentItem";
import { MergeForm } from "./MergeForm";
import { RetypeForm } from "./RetypeForm";
import { SplitForm } from "./SplitForm";

/** A case's register of distinct documents, with merge, split, retype and add; refreshed live. */
export function DocumentRegister({ caseId }: { caseId: string }) {
  const register = useResource(`documents:${caseId}`, (signal) => fetchDocuments(caseId, signal));
  useLiveTopic(catalogueTopic, register.reload);
  // The studies the person codes in give each text its workbench links.
  const studies = useResource("/api/studies", fetchStudies);
  const [ticked, setTicked] = useState<string[]>([]);
  const data = register.data;

  if (data === undefined) {
    return (
      <>
        <ProblemAlert problem={register.error} onRetry={register.reload} />
        {register.loading && <Loading what="the documents" />}
      </>
    );
  }

  const selected = ticked.filter((id) => data.documents.some((d) => d.id === id));
  const select = (id: string, on: boolean) =>
    setTicked((current) => (on ? [...current.filter((t) => t !== id), id] : current.filter((t) => t !== id)));

  return (
    <>
      <ProblemAlert problem={register.error} onRetry={register.reload} />
      <p>
        <strong data-testid="eligible-documents">{plural(data.eligibleCount, "eligible distinct document")}</strong>{" "}
        <span className="muted">
          (reviews, evaluations, commentaries, academic articles: what the screening criterion counts) of{" "}
          {plural(data.documents.length, "distinct document")}.
        </span>
      </p>
      {!data.seeded && (
        <p className="alert alert-note">
          This is SibReview's suggested grouping of INDIGO's source rows; it is recorded, with your change, the first time
          someone merges, splits, retypes or adds a document.
        </p>
      )}
      {data.documents.length === 0 ? (
        <p className="empty">No documents: INDIGO cites no sources for this case. Add one below.</p>
      ) : (
        <ol className="document-list" aria-label="Distinct documents">
          {data.documents.map((document) => (
            <DocumentItem
              key={document.id}
              caseId={caseId}
              document={document}
              studies={studies.data ?? []}
              selected={selected.includes(document.id)}
              onSelect={(on) => select(document.id, on)}
              refetch={register.reload}
            />
          ))}
        </ol>
      )}
      <div className="form-grid">
        <MergeForm register={data} selected={selected} onMerged={() => setTicked([])} refetch={register.reload} />
        <RetypeForm register={data} refetch={register.reload} />
        <SplitForm register={data} refetch={register.reload} />
        <AddDocumentForm register={data} refetch={register.reload} />
      </div>
    </>
  );
}
