import { useState, type FormEvent } from "react";
import type { Facet } from "../catalogue/types";
import { countryName } from "../ui/countries";
import { changeCriteria } from "./api";
import { ChangeFeedbackView } from "./ChangeFeedbackView";
import type { Study } from "./types";
import { useStudyChange } from "./useStudyChange";
import { checkCriteria, type CriteriaInput } from "./validation";

interface Props {
  study: Study;
  countries: Facet[];
  refetch: () => void;
}

export function CriteriaForm({ study, countries, refetch }: Props) {
  const [input, setInput] = useState<CriteriaInput>({
    country: study.criteria.country,
    liveFrom: String(study.criteria.liveFrom),
    liveTo: String(study.criteria.liveTo),
    minimumDistinctDocuments: String(study.criteria.minimumDistinctDocuments),
    reason: "",
  });
  const { feedback, refuse, run } = useStudyChange(refetch);
  const set = (key: keyof CriteriaInput) => (value: string) => setInput((current) => ({ ...current, [key]: value }));
  const countryOptions = countries.some((c) => c.value === input.country)
    ? countries.map((c) => c.value)
    : [input.country, ...countries.map((c) => c.value)];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkCriteria(input);
    if (!checked.ok) return refuse(checked.errors);
    const saved = await run(
      () => changeCriteria(study.id, { ...checked.value, expectedVersion: study.version }),
      "Inclusion criteria changed.",
    );
    if (saved) set("reason")("");
  }

  return (
    <form className="panel stack" aria-labelledby="criteria-form" onSubmit={submit} noValidate>
      <h3 id="criteria-form">Change inclusion criteria</h3>
      <div className="field">
        <label htmlFor="criteria-country">Included country</label>
        <select id="criteria-country" value={input.country} onChange={(e) => set("country")(e.target.value)}>
          {countryOptions.map((code) => (
            <option key={code} value={code}>
              {code === "" ? "Choose a country" : `${countryName(code)} (${code})`}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="criteria-from">First live year</label>
          <input
            id="criteria-from"
            type="number"
            inputMode="numeric"
            step={1}
            value={input.liveFrom}
            onChange={(e) => set("liveFrom")(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="criteria-to">Last live year</label>
          <input
            id="criteria-to"
            type="number"
            inputMode="numeric"
            step={1}
            value={input.liveTo}
            onChange={(e) => set("liveTo")(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="criteria-documents">Minimum distinct documents</label>
          <input
            id="criteria-documents"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={input.minimumDistinctDocuments}
            onChange={(e) => set("minimumDistinctDocuments")(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="criteria-reason">Reason for criteria change</label>
        <textarea id="criteria-reason" rows={2} value={input.reason} onChange={(e) => set("reason")(e.target.value)} />
      </div>
      <ChangeFeedbackView feedback={feedback} />
      <button type="submit" disabled={feedback.busy}>
        Save criteria
      </button>
    </form>
  );
}
