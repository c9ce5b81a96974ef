import { Facts } from "../ui/Facts";
import type { IndigoRecord } from "./types";

function Names({ names }: { names: string[] | null | undefined }) {
  const list = (names ?? []).filter((n) => n.trim() !== "");
  if (list.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {list.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

export function CaseParties({ record }: { record: IndigoRecord }) {
  return (
    <section aria-labelledby="case-parties">
      <h2 id="case-parties">Parties</h2>
      <Facts
        facts={[
          { term: "Commissioners", value: <Names names={record.commissioners} /> },
          { term: "Service providers", value: <Names names={record.serviceProviders} /> },
          { term: "Investors", value: <Names names={record.investors} /> },
          { term: "Intermediaries", value: <Names names={record.intermediaries} /> },
          { term: "Outcome funds", value: <Names names={record.outcomeFunds} /> },
        ]}
      />
    </section>
  );
}
