import type { ProposedResolution, RoomMessage } from "./types";

/**
 * The room's events as this page has received them, in version order, each once. Messages come live over the hub
 * and in catch-up batches over HTTP, possibly overlapping or (after a cut) with a gap: a gap asks for a catch-up
 * from the last version held, and messages beyond it wait until the gap is filled.
 */
export interface RoomLog {
  messages: RoomMessage[];
  pending: RoomMessage[];
}

export const emptyLog: RoomLog = { messages: [], pending: [] };

export const lastVersion = (log: RoomLog): number => log.messages.at(-1)?.version ?? 0;

export function accept(log: RoomLog, incoming: RoomMessage[]): RoomLog {
  const known = new Set(log.messages.map((m) => m.version));
  const waiting = [...log.pending, ...incoming]
    .filter((m) => !known.has(m.version))
    .sort((a, b) => a.version - b.version);
  const messages = [...log.messages];
  const pending: RoomMessage[] = [];
  for (const message of waiting) {
    const last = messages.at(-1)?.version ?? 0;
    if (message.version === last) continue;
    if (message.version === last + 1) messages.push(message);
    else if (!pending.some((p) => p.version === message.version)) pending.push(message);
  }
  return { messages, pending };
}

/** Whether messages beyond a gap are waiting: the page then fetches what it missed. */
export const hasGap = (log: RoomLog): boolean => log.pending.length > 0;

export interface Comment {
  version: number;
  by: string;
  text: string;
  at: string;
}

export interface Stance {
  by: string;
  endorses: boolean;
  reason: string | null;
}

export interface Proposal {
  proposalId: string;
  version: number;
  by: string;
  resolution: ProposedResolution;
  text: string;
  stances: Stance[];
}

export interface Agreement {
  proposalId: string;
  resolution: ProposedResolution;
  rule: string;
  by: string;
}

export interface RoomFold {
  comments: Comment[];
  proposals: Proposal[];
  agreement: Agreement | null;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

function withStance(proposals: Proposal[], proposalId: string, stance: Stance): Proposal[] {
  return proposals.map((p) =>
    p.proposalId !== proposalId ? p : { ...p, stances: [...p.stances.filter((s) => s.by !== stance.by), stance] },
  );
}

/** The thread, proposals with everyone's latest stance, and the agreement, folded from the room's events. */
export function foldRoom(messages: RoomMessage[]): RoomFold {
  let fold: RoomFold = { comments: [], proposals: [], agreement: null };
  for (const { version, type, data } of messages) {
    if (type === "RoomCommentPosted") {
      fold.comments = [...fold.comments, { version, by: text(data.by), text: text(data.text), at: text(data.at) }];
    } else if (type === "ResolutionProposed") {
      const by = text(data.by);
      fold.proposals = [
        ...fold.proposals,
        {
          proposalId: text(data.proposalId),
          version,
          by,
          resolution: data.resolution as ProposedResolution,
          text: text(data.text),
          stances: [{ by, endorses: true, reason: null }],
        },
      ];
    } else if (type === "ProposalEndorsed") {
      fold.proposals = withStance(fold.proposals, text(data.proposalId), { by: text(data.by), endorses: true, reason: null });
    } else if (type === "ProposalObjected") {
      fold.proposals = withStance(fold.proposals, text(data.proposalId), {
        by: text(data.by),
        endorses: false,
        reason: text(data.reason),
      });
    } else if (type === "ResolutionAgreed") {
      fold.agreement = {
        proposalId: text(data.proposalId),
        resolution: data.resolution as ProposedResolution,
        rule: text(data.rule),
        by: text(data.by),
      };
    }
  }
  return fold;
}

export function resolutionLabel(resolution: ProposedResolution): string {
  const ratio = resolution.ratio === null || resolution.ratio === undefined ? "" : ` ${resolution.ratio}`;
  const span = resolution.start != null && resolution.end != null ? `, span ${resolution.start}-${resolution.end}` : "";
  const reason = resolution.reason ? ` (${resolution.reason})` : "";
  return `${resolution.choice}${ratio}${span}${reason}`;
}
