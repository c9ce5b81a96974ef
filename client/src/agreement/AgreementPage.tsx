import { useCallback } from "react";
import { Link, useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudy } from "../studies/api";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { agreementPath, fetchAgreement } from "./api";
import { AgreementSetView } from "./AgreementSetView";
import { ImportForm } from "./ImportForm";

export function AgreementPage() {
  const { id = "" } = useParams();
  return <AgreementView key={id} id={id} />;
}

const emptyState =
  "No labels yet. Import a CSV of unit,coder,value to compute agreement on work done outside SibReview; " +
  "screening, outcome and coding decisions will appear here as coders record them.";

/** /studies/:id/agreement: agreement per label set, overall and per coder pair, refreshed live. */
function AgreementView({ id }: { id: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const agreement = useResource(agreementPath(id), (signal) => fetchAgreement(id, signal));
  const { reload: reloadStudy } = study;
  const { reload: reloadAgreement } = agreement;
  const refetch = useCallback(() => {
    reloadStudy();
    reloadAgreement();
  }, [reloadStudy, reloadAgreement]);
  useLiveTopic(studyTopic(id), refetch);

  const canImport = study.data !== undefined && study.data.myRole !== "observer";
  const sets = agreement.data?.sets;
  return (
    <main className="page agreement-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? "Study"}</Link>
        </p>
        <h1>
          Agreement{study.data && <span className="title-study"> · {study.data.name}</span>}
        </h1>
        <p className="lede">
          Computed from the stored raw labels each time one lands; blind decisions are never altered by
          reconciliation.
        </p>
      </header>
      <ProblemAlert problem={study.error} onRetry={study.reload} />
      {canImport && <ImportForm studyId={id} refetch={reloadAgreement} />}
      {/* Not a member: the study and its agreement fail alike; say it once. */}
      {agreement.error?.message !== study.error?.message && (
        <ProblemAlert problem={agreement.error} onRetry={agreement.reload} />
      )}
      {sets === undefined ? (
        agreement.loading && <Loading what="agreement" />
      ) : sets.length === 0 ? (
        <p className="empty" data-testid="agreement-empty">
          {emptyState}
        </p>
      ) : (
        sets.map((set, index) => <AgreementSetView key={set.id} set={set} index={index} />)
      )}
    </main>
  );
}
