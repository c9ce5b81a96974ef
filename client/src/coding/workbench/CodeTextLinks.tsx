import { Link } from "react-router-dom";
import type { StudyListItem } from "../../studies/types";
import { workbenchRoute } from "./api";

/** Beside "Read text": the workbench of the document's latest text in each study the person codes (or leads). */
export function CodeTextLinks({ studies, caseId, documentId, version }: {
  studies: StudyListItem[];
  caseId: string;
  documentId: string;
  version: number;
}) {
  const coding = studies.filter((s) => s.myRole !== "observer");
  return coding.map((s) => (
    <Link key={s.id} to={workbenchRoute({ studyId: s.id, caseId, documentId }, version)}>
      {coding.length === 1 ? `Code text (version ${version})` : `Code for ${s.name}`}
    </Link>
  ));
}
