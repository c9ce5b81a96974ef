export type Role = "lead" | "coder" | "observer";

export const roles: Role[] = ["lead", "coder", "observer"];

export interface StudyListItem {
  id: string;
  name: string;
  question: string;
  myRole: Role;
}

export interface Criteria {
  country: string;
  liveFrom: number;
  liveTo: number;
  minimumDistinctDocuments: number;
}

export interface Member {
  userName: string;
  displayName: string;
  role: Role;
}

export interface StudyHistoryEntry {
  version: number;
  at: string;
  by: string;
  description: string;
  reason: string | null;
}

/** The basis a study measures achievement on; rule (how metrics combine) is null on payments. */
export interface AchievementSetting {
  basis: string;
  rule: string | null;
}

export interface Study {
  id: string;
  name: string;
  question: string;
  criteria: Criteria;
  tolerance: number;
  achievement: AchievementSetting;
  members: Member[];
  myRole: Role;
  version: number;
  history: StudyHistoryEntry[];
}
