import { formatDateTime } from "../ui/format";
import { describeEntry } from "./evidenceInput";
import type { OutcomeEvidence } from "./types";

/** Every correction and addition in the order recorded; earlier values stay here when a later entry replaces them. */
export function EvidenceHistory({ evidence }: { evidence: OutcomeEvidence }) {
  if (evidence.entries.length === 0)
    return <p className="muted">Nobody has corrected or added to INDIGO's evidence for this case in this study.</p>;
  return (
    <ol className="history" data-testid="evidence-history">
      {[...evidence.entries]
        .sort((a, b) => a.version - b.version)
        .map((entry) => (
          <li key={entry.version} data-testid="evidence-entry">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · <strong>{entry.by}</strong> ·{" "}
            {describeEntry(entry, evidence.metrics, evidence.payments.currency)} · {entry.source.documentId} “
            {entry.source.documentTitle}” p. {entry.source.page} · “{entry.reason}”
          </li>
        ))}
    </ol>
  );
}
