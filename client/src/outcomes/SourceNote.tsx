import { formatDateTime } from "../ui/format";
import type { EvidenceEntry } from "./types";

/** Where a value comes from: INDIGO, or the coder, document and page of the entry that gave it last. */
export function SourceNote({ entry }: { entry: EvidenceEntry | undefined }) {
  if (entry === undefined) return <span className="source-note">INDIGO</span>;
  const { documentId, documentTitle, page } = entry.source;
  return (
    <span className="source-note" title={`${formatDateTime(entry.at)}: ${entry.reason}`}>
      {entry.by}, {documentId} “{documentTitle}” p. {page}
    </span>
  );
}
