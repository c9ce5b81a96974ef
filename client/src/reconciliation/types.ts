export interface Position {
  coder: string;
  said: string;
  reason: string | null;
  note: string | null;
  at: string;
}

/** The passage a segment disagreement is about: [start, end) of the text version in UTF-16 code units, and its words. */
export interface ItemPassage {
  documentId: string;
  documentTitle: string;
  textVersion: number;
  start: number;
  end: number;
  text: string;
}

export interface DisagreementItem {
  id: string;
  /**
   * The item's key in its case: its kind, or its kind and own key for a finer one (theme-3, segment-d1-v1-t3-9-39); the
   * room's last route segment.
   */
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
  /** The theme the item is about (theme judgements, segment codings). */
  theme: number | null;
  passage: ItemPassage | null;
}

export interface ProposedResolution {
  choice: string;
  ratio: number | null;
  reason: string | null;
  /** The span of the passage a segment proposal covers. */
  start?: number | null;
  end?: number | null;
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
  themes: number[];
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
