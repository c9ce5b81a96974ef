import { useState, type FormEvent } from "react";
import { addMember } from "./api";
import { ChangeFeedbackView } from "./ChangeFeedbackView";
import { roles, type Role, type Study } from "./types";
import { useStudyChange } from "./useStudyChange";

export function AddMemberForm({ study, refetch }: { study: Study; refetch: () => void }) {
  const [userName, setUserName] = useState("");
  const [role, setRole] = useState<Role>("coder");
  const { feedback, refuse, run } = useStudyChange(refetch);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = userName.trim();
    if (name === "") return refuse(["Give the user name of the person to add."]);
    const saved = await run(
      () => addMember(study.id, { userName: name, role, expectedVersion: study.version }),
      `Added ${name} as ${role}.`,
    );
    if (saved) setUserName("");
  }

  return (
    <form className="panel stack" aria-labelledby="member-form" onSubmit={submit} noValidate>
      <h3 id="member-form">Add a member</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="member-user">Member user name</label>
          <input id="member-user" autoComplete="off" value={userName} onChange={(e) => setUserName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="member-role">Role</label>
          <select
            id="member-role"
            value={role}
            onChange={(e) => setRole(roles.find((r) => r === e.target.value) ?? "coder")}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Add member
      </button>
    </form>
  );
}
