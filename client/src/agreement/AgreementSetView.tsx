import { AgreementChart } from "./AgreementChart";
import { countsLine } from "./numbers";
import { sourceName } from "./metrics";
import { OverallTable } from "./OverallTable";
import { PairTable } from "./PairTable";
import type { AgreementSet } from "./types";

/** One label set: its counts, the overall statistics, the coder pairs and agreement over time. */
export function AgreementSetView({ set, index }: { set: AgreementSet; index: number }) {
  const idPrefix = `agreement-set-${index}`;
  return (
    <section className="agreement-set" data-testid="agreement-set" aria-labelledby={`${idPrefix}-name`}>
      <h2 id={`${idPrefix}-name`}>{set.name}</h2>
      <p className="meta">
        <span>{countsLine(set)}</span>
        <span className="muted">
          {sourceName(set.source)} · {set.level} level
        </span>
      </p>
      {set.problem && (
        <p className="alert alert-note" data-testid="agreement-problem">
          {set.problem}
        </p>
      )}
      {set.report && <OverallTable report={set.report} idPrefix={idPrefix} />}
      {(set.report || set.pairs.length > 0) && <PairTable pairs={set.pairs} />}
      {(set.report || set.overTime.length > 0) && (
        <>
          <h3>Agreement over time</h3>
          <AgreementChart points={set.overTime} />
        </>
      )}
    </section>
  );
}
