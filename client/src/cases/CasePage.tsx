import { useParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { catalogueTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { countryName } from "../ui/countries";
import { ExternalLink } from "../ui/ExternalLink";
import { CaseDocumentsSection } from "../documents/CaseDocumentsSection";
import { displayText } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchCase } from "./api";
import { CaseDates } from "./CaseDates";
import { CaseHistory } from "./CaseHistory";
import { CaseNotes } from "./CaseNotes";
import { CaseOutcomeMetrics } from "./CaseOutcomeMetrics";
import { CaseOutcomePayments } from "./CaseOutcomePayments";
import { CaseParties } from "./CaseParties";
import { CaseSectorPopulation } from "./CaseSectorPopulation";
import { CaseSources } from "./CaseSources";

export function CasePage() {
  const { id = "" } = useParams();
  return <CaseView key={id} id={id} />;
}

function CaseView({ id }: { id: string }) {
  const detail = useResource(id, (signal) => fetchCase(id, signal));
  useLiveTopic(catalogueTopic, detail.reload);
  const data = detail.data;

  return (
    <main className="page case-page" id="main">
      <ProblemAlert problem={detail.error} onRetry={detail.reload} />
      {data === undefined ? (
        detail.loading && <Loading what="the case" />
      ) : (
        <>
          <header className="page-header">
            <h1>{data.record.name ?? data.summary.name}</h1>
            <p className="meta">
              <span className="mono">{data.summary.id}</span>
              <span>{displayText((data.summary.countries ?? []).map(countryName))}</span>
              <span>{displayText(data.summary.stage)}</span>
              <ExternalLink href={data.golabUrl}>GO Lab project page</ExternalLink>
            </p>
            {data.record.alternativeNames && (
              <p className="muted">Also known as: {displayText(data.record.alternativeNames)}</p>
            )}
            <p className="attribution">
              Source: INDIGO Impact Bond Dataset (v2), Government Outcomes Lab, University of Oxford.
            </p>
          </header>
          <CaseDates detail={data} />
          <CaseSectorPopulation record={data.record} />
          <CaseParties record={data.record} />
          <CaseOutcomePayments record={data.record} />
          <CaseOutcomeMetrics record={data.record} />
          <CaseSources record={data.record} />
          <CaseDocumentsSection caseId={data.summary.id} />
          <CaseNotes record={data.record} />
          <CaseHistory history={data.history ?? []} />
        </>
      )}
    </main>
  );
}
