import type { Member } from "./types";

export function Members({ members }: { members: Member[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">User name</th>
          <th scope="col">Role</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.userName}>
            <th scope="row">{member.displayName}</th>
            <td className="mono">{member.userName}</td>
            <td>
              <span className={`role role-${member.role}`}>{member.role}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
