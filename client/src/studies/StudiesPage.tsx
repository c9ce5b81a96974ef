import { Link } from "react-router-dom";
import { useResource } from "../api/useResource";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fetchStudies } from "./api";
import { CreateStudyForm } from "./CreateStudyForm";

export function StudiesPage() {
  const studies = useResource("/api/studies", fetchStudies);
  return (
    <main className="page" id="main">
      <h1>Your studies</h1>
      <ProblemAlert problem={studies.error} onRetry={studies.reload} />
      {studies.data === undefined ? (
        studies.loading && <Loading what="your studies" />
      ) : studies.data.length === 0 ? (
        <p className="empty">
          You are not a member of any study yet. Create one below, or ask a lead researcher to add you.
        </p>
      ) : (
        <ul className="study-list">
          {studies.data.map((study) => (
            <li key={study.id}>
              <Link to={`/studies/${encodeURIComponent(study.id)}`}>{study.name}</Link>{" "}
              <span className={`role role-${study.myRole}`}>{study.myRole}</span>
              <p className="question">{study.question}</p>
            </li>
          ))}
        </ul>
      )}
      <CreateStudyForm />
    </main>
  );
}
