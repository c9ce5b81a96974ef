import { formatCount } from "../ui/format";
import { formatValue, fullValue } from "./numbers";
import type { CoderPair } from "./types";

/** Agreement between every two coders, on the units both rated. */
export function PairTable({ pairs }: { pairs: CoderPair[] }) {
  if (pairs.length === 0) return <p className="empty">No two coders have rated the same unit yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table agreement-table">
        <caption>Coder pairs</caption>
        <thead>
          <tr>
            <th scope="col">Coder A</th>
            <th scope="col">Coder B</th>
            <th scope="col" className="num">
              Units rated by both
            </th>
            <th scope="col" className="num">
              Percent agreement
            </th>
            <th scope="col" className="num">
              Cohen's kappa
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.coderA}\u0000${pair.coderB}`} data-testid="pair-row">
              <td>{pair.coderA}</td>
              <td>{pair.coderB}</td>
              <td className="num">{formatCount(pair.units)}</td>
              <td className="num" title={fullValue(pair.percent)}>
                {formatValue(pair.percent)}
              </td>
              {pair.cohen === null ? (
                <td className="note">{pair.cohenProblem ?? "—"}</td>
              ) : (
                <td className="num" title={fullValue(pair.cohen)}>
                  {formatValue(pair.cohen)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
