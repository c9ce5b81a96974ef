import { Link } from "react-router-dom";
import { useResource } from "../../api/useResource";
import { studyTopic } from "../../live/topics";
import { useLiveTopic } from "../../live/useLive";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { fetchQueue } from "../../reconciliation/api";
import { roomRoute } from "../../reconciliation/QueueList";
import type { QueueEntry } from "../../reconciliation/types";
import type { DocumentRef } from "./api";

interface Props {
  document: DocumentRef;
  textVersion: number;
}

/** The passages of this text version the coders disputed, open or settled in reconciliation, each with its room; live. */
export function DisputedPassagesSection({ document, textVersion }: Props) {
  const query = `?kind=segment&caseId=${encodeURIComponent(document.caseId)}`;
  const key = `disputed-passages:${document.studyId}/${document.caseId}`;
  const passages = useResource(key, async (signal) => {
    const [open, settled] = await Promise.all([
      fetchQueue(document.studyId, query, signal),
      fetchQueue(document.studyId, `${query}&settled=true`, signal),
    ]);
    return [...open.entries, ...settled.entries];
  });
  useLiveTopic(studyTopic(document.studyId), passages.reload);
  const here = (passages.data ?? [])
    .filter((e) => e.item.passage?.documentId === document.documentId && e.item.passage.textVersion === textVersion)
    .sort((a, b) => a.item.passage!.start - b.item.passage!.start || (a.item.theme ?? 0) - (b.item.theme ?? 0));
  return (
    <section aria-labelledby="disputed-passages-title">
      <h2 id="disputed-passages-title">Disputed passages</h2>
      <ProblemAlert problem={passages.error} onRetry={passages.reload} />
      {passages.data === undefined ? (
        passages.loading && <Loading what="the disputed passages" />
      ) : here.length === 0 ? (
        <p className="empty">No passage of this text version is disputed: the coders who submitted it coded the same passages.</p>
      ) : (
        <ol className="plain-list" data-testid="disputed-passages">
          {here.map((entry) => (
            <DisputedPassage key={entry.item.id} studyId={document.studyId} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function DisputedPassage({ studyId, entry }: { studyId: string; entry: QueueEntry }) {
  const { item } = entry;
  const passage = item.passage!;
  return (
    <li data-testid="disputed-passage">
      <Link to={roomRoute(studyId, item.caseId, item.key)}>
        Theme {item.theme}, {passage.start}-{passage.end}
      </Link>
      : “{passage.text}” · {item.settledAs ? `settled: ${item.settledAs}` : "open"}
    </li>
  );
}
