import type { IndigoRecord } from "./types";

/** INDIGO's free-text notes on the case, when there are any. */
export function CaseNotes({ record }: { record: IndigoRecord }) {
  if (!record.notes && !record.covid19Changes) return null;
  return (
    <section aria-labelledby="case-notes">
      <h2 id="case-notes">Notes</h2>
      {record.notes && <p className="prose">{record.notes}</p>}
      {record.covid19Changes && (
        <>
          <h3>Changes because of COVID-19</h3>
          <p className="prose">{record.covid19Changes}</p>
        </>
      )}
    </section>
  );
}
