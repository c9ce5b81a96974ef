import type { Dispatch, SetStateAction } from "react";
import {
  currentValue,
  figureLabel,
  figureValue,
  metricFigures,
  paymentFigures,
  type CitationInput,
  type CorrectionInput,
  type MetricInput,
} from "./evidenceInput";
import type { EvidenceFigure, OutcomeEvidence } from "./types";

export type FigureInput = Pick<CorrectionInput, "item" | "figure" | "value">;
export type NewMetricInput = Omit<MetricInput, keyof CitationInput>;

interface FigureProps {
  prefix: string;
  evidence: OutcomeEvidence;
  input: FigureInput;
  onChange: Dispatch<SetStateAction<FigureInput>>;
}

/** Which figure (of the payments or of a metric) the document gives, and its value there; the value now beside it. */
export function FigureFields({ prefix, evidence, input, onChange }: FigureProps) {
  const figures = input.item === "payments" ? paymentFigures : metricFigures;
  const now = currentValue(input.item, input.figure, evidence.payments, evidence.metrics);
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${prefix}-item`}>Of</label>
        <select
          id={`${prefix}-item`}
          value={input.item}
          onChange={(e) => {
            const item = e.target.value;
            onChange((f) => ({ ...f, item, figure: item === "payments" ? "actual-outcome-payments" : "achieved" }));
          }}
        >
          <option value="payments">Outcome payments</option>
          {evidence.metrics.map((m) => (
            <option key={m.key} value={m.key}>
              {m.key}: {(m.definition ?? "").slice(0, 60)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-figure`}>Figure</label>
        <select
          id={`${prefix}-figure`}
          value={input.figure}
          onChange={(e) => onChange((f) => ({ ...f, figure: e.target.value as EvidenceFigure }))}
        >
          {figures.map((f) => (
            <option key={f} value={f}>
              {figureLabel(f)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-value`}>Value in the document</label>
        <input
          id={`${prefix}-value`}
          inputMode="decimal"
          value={input.value}
          onChange={(e) => onChange((f) => ({ ...f, value: e.target.value }))}
        />
        <p className="hint">Now: {figureValue(input.figure, now, evidence.payments.currency)}</p>
      </div>
    </div>
  );
}

interface MetricProps {
  prefix: string;
  input: NewMetricInput;
  onChange: Dispatch<SetStateAction<NewMetricInput>>;
}

const numbers = [
  ["target", "target"],
  ["achieved", "achieved"],
  ["maximumPayment", "maximum-payment"],
] as const;

/** A metric INDIGO does not list: what it measures and the figures the document gives. */
export function NewMetricFields({ prefix, input, onChange }: MetricProps) {
  const give = (key: keyof NewMetricInput) => (value: string) => onChange((m) => ({ ...m, [key]: value }));
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-definition`}>Metric definition</label>
        <textarea id={`${prefix}-definition`} rows={2} value={input.definition} onChange={(e) => give("definition")(e.target.value)} />
      </div>
      <div className="field-row">
        {numbers.map(([key, figure]) => (
          <div className="field" key={key}>
            <label htmlFor={`${prefix}-${key}`}>{figureLabel(figure)}</label>
            <input id={`${prefix}-${key}`} inputMode="decimal" value={input[key]} onChange={(e) => give(key)(e.target.value)} />
          </div>
        ))}
      </div>
    </>
  );
}
