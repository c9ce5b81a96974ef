import { useState } from "react";
import { ProblemAlert } from "../ui/ProblemAlert";
import { formatDateTime } from "../ui/format";
import { postComment } from "./api";
import type { Comment } from "./roomLog";
import { useRoomAct } from "./useRoomAct";

interface Props {
  room: string;
  comments: Comment[];
  mayPost: boolean;
  onTyping: () => void;
  nameOf: (userName: string) => string;
}

/** The discussion, oldest first; every comment is an event in the room's record. */
export function Thread({ room, comments, mayPost, onTyping, nameOf }: Props) {
  const [draft, setDraft] = useState("");
  const { problem, busy, run } = useRoomAct();
  return (
    <section className="panel" aria-label="Discussion">
      <h2>Discussion</h2>
      {comments.length === 0 && <p className="empty">No comments yet.</p>}
      <ol className="plain-list" data-testid="room-thread">
        {comments.map((c) => (
          <li key={c.version} data-testid="room-comment">
            <strong>{nameOf(c.by)}</strong> <span className="muted">{formatDateTime(c.at)}</span>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      {mayPost && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => postComment(room, draft)).then((ok) => ok && setDraft(""));
          }}
        >
          <label>
            Comment
            <textarea
              value={draft}
              maxLength={2000}
              onChange={(e) => {
                setDraft(e.target.value);
                onTyping();
              }}
              data-testid="room-comment-input"
            />
          </label>
          <ProblemAlert problem={problem} />
          <button type="submit" disabled={busy}>
            Post comment
          </button>
        </form>
      )}
    </section>
  );
}
