import { Link } from "react-router-dom";
import { CodeTextLinks } from "../coding/workbench/CodeTextLinks";
import type { StudyListItem } from "../studies/types";
import { ExternalLink } from "../ui/ExternalLink";
import { displayText, plural } from "../ui/format";
import { AddTextForm } from "./AddTextForm";
import { documentTypeLabel } from "./documentTypes";
import { textPath } from "./textPath";
import type { DocumentView } from "./types";

interface Props {
  caseId: string;
  document: DocumentView;
  studies: StudyListItem[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  refetch: () => void;
}

/** One distinct document: its details, its text versions, and the INDIGO source rows collapsed into it with the evidence why. */
export function DocumentItem({ caseId, document: d, studies, selected, onSelect, refetch }: Props) {
  const latest = d.texts.at(-1);
  return (
    <li className="document-item" data-testid="document">
      <div className="document-head">
        <input
          type="checkbox"
          id={`select-${d.id}`}
          checked={selected}
          aria-label={`Select ${d.id}: ${d.title}`}
          onChange={(e) => onSelect(e.target.checked)}
        />
        <div>
          <p className="document-title">
            <span className="mono muted">{d.id}</span>{" "}
            {d.url ? <ExternalLink href={d.url}>{d.title}</ExternalLink> : <strong>{d.title}</strong>}
          </p>
          <p className="meta">
            <span data-testid="document-type">{documentTypeLabel(d.type)}</span>
            <span className={d.eligible ? "eligible" : "muted"}>{d.eligible ? "counts for screening" : "not counted"}</span>
            <span>Publisher: {displayText(d.publisher)}</span>
            <span>Year: {d.year ?? "—"}</span>
          </p>
          {d.notes && <p className="prose muted">{d.notes}</p>}
          <p className="meta" data-testid="document-text">
            {latest === undefined ? (
              <span className="muted">No text yet</span>
            ) : (
              <>
                <Link to={textPath(caseId, d.id, latest.version)}>Read text (version {latest.version})</Link>
                <CodeTextLinks studies={studies} caseId={caseId} documentId={d.id} version={latest.version} />
                {d.texts.length > 1 && (
                  <span>
                    Earlier:{" "}
                    {d.texts.slice(0, -1).map((t) => (
                      <Link key={t.version} to={textPath(caseId, d.id, t.version)} className="version-link">
                        v{t.version}
                      </Link>
                    ))}
                  </span>
                )}
              </>
            )}
          </p>
          <AddTextForm caseId={caseId} document={d} refetch={refetch} />
          <details>
            <summary>{plural(d.sources.length, "INDIGO source row")} and the evidence</summary>
            <p className="prose">{d.evidence}</p>
            {d.sources.length > 0 && (
              <ul className="source-rows">
                {d.sources.map((s) => (
                  <li key={s.id}>
                    <span className="mono muted">{s.id}</span> {displayText(s.name)}
                    {s.type && <span className="muted"> · {s.type}</span>}
                    {s.url && (
                      <>
                        {" "}
                        · <ExternalLink href={s.url} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </details>
        </div>
      </div>
    </li>
  );
}
