import { kindLabel, pairLabel, type QueueFilters } from "./queueQuery";
import type { DisagreementQueue } from "./types";

interface Props {
  queue: DisagreementQueue;
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  nameOf: (userName: string) => string;
}

/** Kind (with its counts), theme, case, coder pair, and open or settled. */
export function QueueFiltersForm({ queue, filters, onChange, nameOf }: Props) {
  const total = queue.counts.reduce((sum, c) => sum + (filters.settled ? c.settled : c.open), 0);
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter the disagreements">
      <label>
        Kind{" "}
        <select value={filters.kind} onChange={(e) => onChange({ ...filters, kind: e.target.value })} data-testid="queue-kind">
          <option value="">all ({total})</option>
          {queue.counts.map((c) => (
            <option key={c.kind} value={c.kind}>
              {kindLabel(c.kind)} ({filters.settled ? c.settled : c.open})
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        Theme{" "}
        <select value={filters.theme} onChange={(e) => onChange({ ...filters, theme: e.target.value })} data-testid="queue-theme">
          <option value="">any</option>
          {queue.themes.map((theme) => (
            <option key={theme} value={String(theme)}>
              theme {theme}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        Coders{" "}
        <select value={filters.coders} onChange={(e) => onChange({ ...filters, coders: e.target.value })}>
          <option value="">any</option>
          {queue.coderPairs.map((pair) => (
            <option key={pair} value={pair}>
              {pairLabel(pair, nameOf)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        Case{" "}
        <input value={filters.caseId} placeholder="INDIGO-POJ-0120" onChange={(e) => onChange({ ...filters, caseId: e.target.value })} />
      </label>{" "}
      <label className="checkbox">
        <input type="checkbox" checked={filters.settled} onChange={(e) => onChange({ ...filters, settled: e.target.checked })} /> settled
      </label>
      <p className="filters-summary" data-testid="queue-counts">
        {queue.counts.map((c) => `${kindLabel(c.kind)}: ${c.open} open, ${c.settled} settled`).join(" · ")}
      </p>
    </form>
  );
}
