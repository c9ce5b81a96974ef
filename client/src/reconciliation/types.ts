export interface Position {
  coder: string;
  said: string;
  reason: string | null;
  note: string | null;
  at: string;
}

export interface DisagreementItem {
  id: string;
  /** The item's key in its case: its kind, or theme-{n} for a theme; the room's last route segment. */
  key: string;
  kind: string;
  caseId: string;
  name: string;
  coders: string[];
  positions: Position[];
  evidence: string[];
  matters: string;
  weight: number;
  settledAs: string | null;
}

export interface ProposedResolution {
  choice: string;
  ratio: number | null;
  reason: string | null;
}

export interface QueueEntry {
  item: DisagreementItem;
  roomVersion: number;
  openProposal: ProposedResolution | null;
}

export interface KindCount {
  kind: string;
  open: number;
  settled: number;
}

export interface DisagreementQueue {
  studyId: string;
  counts: KindCount[];
  coderPairs: string[];
  entries: QueueEntry[];
}

/** One room event as the server sends it, live and on catch-up; version orders it. */
export interface RoomMessage {
  studyId: string;
  itemId: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
}

export interface RoomView {
  item: DisagreementItem;
  choices: string[];
  me: string;
  myRole: string;
  leads: string[];
  version: number;
  messages: RoomMessage[];
}

export interface RoomPeople {
  studyId: string;
  itemId: string;
  people: string[];
}

export interface RoomTyping {
  studyId: string;
  itemId: string;
  person: string;
}
