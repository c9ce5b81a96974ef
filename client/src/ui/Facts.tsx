import type { ReactNode } from "react";

export interface Fact {
  term: string;
  value: ReactNode;
  /** Long prose: give it the full width. */
  wide?: boolean;
}

/** A compact term / value list, e.g. the dates of a case. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.term} className={fact.wide ? "fact fact-wide" : "fact"}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
