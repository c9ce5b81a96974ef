interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** What stays in the history, e.g. "decision" or "assessment". */
  earlier: string;
}

/** The reason a person gives when they revise their own earlier act; the earlier one is kept. */
export function RevisionReason({ id, value, onChange, earlier }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>Revision reason</label>
      <textarea id={id} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
      <p className="hint">Kept with the revision; your earlier {earlier} stays in the history.</p>
    </div>
  );
}
