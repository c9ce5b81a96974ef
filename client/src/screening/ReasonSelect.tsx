import type { Ref } from "react";
import type { Criteria } from "../studies/types";
import { reasonLabel, reasons } from "./labels";

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  criteria: Criteria | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}

/** "Reason": the study's exclusion reasons, one per criterion, then other. */
export function ReasonSelect({ id, value, onChange, criteria, selectRef }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>Reason</label>
      <select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">No reason (required to exclude)</option>
        {reasons.map((reason) => (
          <option key={reason} value={reason}>
            {reasonLabel(reason, criteria)}
          </option>
        ))}
      </select>
    </div>
  );
}
