import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { toProblem } from "../api/http";
import type { ApiProblem } from "../api/problem";
import { ProblemAlert } from "../ui/ProblemAlert";
import { createStudy } from "./api";

export function CreateStudyForm() {
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [question, setQuestion] = useState("");
  const [problem, setProblem] = useState<ApiProblem>();
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "" || question.trim() === "") {
      setMissing("Give the study a name and a research question.");
      return;
    }
    setMissing(null);
    setProblem(undefined);
    setBusy(true);
    try {
      const created = await createStudy(name.trim(), question.trim());
      navigate(`/studies/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  }

  return (
    <form className="panel stack create-study" aria-labelledby="create-study" onSubmit={submit} noValidate>
      <h2 id="create-study">Create a study</h2>
      <p className="hint">
        You become its lead researcher. It starts with the SIB study's defaults: UK impact bonds live 2015–2020, at
        least 4 distinct documents, a 10% outcome tolerance and the eight-theme codebook.
      </p>
      <div className="field">
        <label htmlFor="study-name">Study name</label>
        <input id="study-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="study-question">Research question</label>
        <textarea id="study-question" rows={3} value={question} onChange={(e) => setQuestion(e.target.value)} />
      </div>
      {missing && (
        <p role="alert" className="alert alert-error">
          {missing}
        </p>
      )}
      <ProblemAlert problem={problem} />
      <button type="submit" disabled={busy}>
        Create study
      </button>
    </form>
  );
}
