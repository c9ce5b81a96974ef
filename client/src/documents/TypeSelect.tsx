import { documentTypeLabel, documentTypes } from "./documentTypes";

/** A labelled select of the document types. */
export function TypeSelect(props: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose a type</option>
        {documentTypes.map((type) => (
          <option key={type} value={type}>
            {documentTypeLabel(type)}
          </option>
        ))}
      </select>
    </div>
  );
}
