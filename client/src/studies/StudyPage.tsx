import { Link, useParams } from "react-router-dom";
import { fetchFacets } from "../catalogue/api";
import { CaseBrowser } from "../catalogue/CaseBrowser";
import { candidateFilterKeys } from "../catalogue/filters";
import { codebookRoute } from "../codebook/api";
import { themesRoute } from "../coding/judgements/api";
import { codingDocumentsRoute } from "../coding/workbench/api";
import { searchRoute } from "../coding/search/searchQuery";
import { suggestionsRoute } from "../coding/suggestions/api";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { AchievementBasisForm } from "./AchievementBasisForm";
import { AddMemberForm } from "./AddMemberForm";
import { candidatesPath, fetchStudy } from "./api";
import { CriteriaForm } from "./CriteriaForm";
import { Members } from "./Members";
import { StudyHistory } from "./StudyHistory";
import { StudySettings } from "./StudySettings";
import { ToleranceForm } from "./ToleranceForm";

export function StudyPage() {
  const { id = "" } = useParams();
  return <StudyView key={id} id={id} />;
}

function StudyView({ id }: { id: string }) {
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const facets = useResource("/api/cases/facets", fetchFacets);
  useLiveTopic(studyTopic(id), study.reload);
  const data = study.data;

  if (data === undefined) {
    return (
      <main className="page" id="main">
        <ProblemAlert problem={study.error} onRetry={study.reload} />
        {study.loading && <Loading what="the study" />}
      </main>
    );
  }

  const isLead = data.myRole === "lead";
  return (
    <main className="page study-page" id="main">
      <header className="page-header">
        <h1>{data.name}</h1>
        <p className="question">{data.question}</p>
        <p>
          Your role: <span className={`role role-${data.myRole}`}>{data.myRole}</span>
        </p>
        <nav aria-label="On this page" className="toc">
          <a href="#settings">Criteria, tolerance and basis</a> <a href="#members">Members</a>{" "}
          <a href="#history">History</a> <a href="#candidates">Candidates</a>{" "}
          <Link to={codebookRoute(id)}>Codebook</Link>{" "}
          <Link to={codingDocumentsRoute(id)}>{data.myRole === "observer" ? "Coding" : "Code documents"}</Link>{" "}
          <Link to={searchRoute(id)}>Search</Link>{" "}
          <Link to={suggestionsRoute(id)}>Suggestions</Link>{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/screening`}>Screening</Link>{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/agreement`}>Agreement</Link>{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/outcomes`}>Outcomes</Link>{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/reconciliation`}>Reconciliation</Link>{" "}
          <Link to={themesRoute(id)}>Themes by cohort</Link>{" "}
          <Link to={`/studies/${encodeURIComponent(id)}/replay`}>Replay</Link>
        </nav>
      </header>
      <ProblemAlert problem={study.error} onRetry={study.reload} />
      <section aria-labelledby="settings">
        <h2 id="settings">Inclusion criteria, outcome tolerance and achievement basis</h2>
        <StudySettings study={data} />
        {isLead && (
          <div className="form-grid">
            <ToleranceForm study={data} refetch={study.reload} />
            <AchievementBasisForm study={data} refetch={study.reload} />
            <CriteriaForm study={data} countries={facets.data?.countries ?? []} refetch={study.reload} />
          </div>
        )}
      </section>
      <section aria-labelledby="members">
        <h2 id="members">Members</h2>
        <Members members={data.members} />
        {isLead && <AddMemberForm study={data} refetch={study.reload} />}
      </section>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <StudyHistory history={data.history} />
      </section>
      <section aria-labelledby="candidates">
        <h2 id="candidates">Candidates</h2>
        <p className="lede">The catalogue limited to this study's country and live window; narrow it further below.</p>
        <CaseBrowser
          idPrefix="candidates"
          endpoint={candidatesPath(id)}
          keys={candidateFilterKeys}
          alsoWatch={studyTopic(id)}
          showFacetCounts={false}
          caption="Candidate impact bonds for this study"
        />
      </section>
    </main>
  );
}
