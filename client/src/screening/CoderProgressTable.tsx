import { formatCount } from "../ui/format";
import { ProgressBar } from "./ProgressBar";
import type { CoderProgress } from "./types";

/** Each coder's assigned and decided cases (a coder sees only their own row). */
export function CoderProgressTable({ coders, nameOf }: { coders: CoderProgress[]; nameOf: (userName: string) => string }) {
  if (coders.length === 0) return <p className="empty">No coders screen in this study yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Screening progress by coder</caption>
        <thead>
          <tr>
            <th scope="col">Coder</th>
            <th scope="col" className="num">
              Assigned
            </th>
            <th scope="col" className="num">
              Decided
            </th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody>
          {coders.map((c) => (
            <tr key={c.coder} data-testid="coder-progress-row">
              <th scope="row">{nameOf(c.coder)}</th>
              <td className="num">{formatCount(c.assigned)}</td>
              <td className="num">{formatCount(c.decided)}</td>
              <td>
                <ProgressBar done={c.decided} total={c.assigned} label={`${nameOf(c.coder)}: cases decided`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
