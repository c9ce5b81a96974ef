import { formatCount, formatMoney } from "../ui/format";
import type { Checked } from "./assessmentInput";
import type { AddMetricBody, CorrectionBody, EvidenceEntry, EvidenceFigure, MetricAchievement, PaymentEvidence } from "./types";

export const paymentFigures: readonly EvidenceFigure[] = ["max-outcome-payment", "actual-outcome-payments"];
export const metricFigures: readonly EvidenceFigure[] = ["target", "achieved", "maximum-payment"];

const figureLabels: Record<EvidenceFigure, string> = {
  "max-outcome-payment": "Maximum outcome payment",
  "actual-outcome-payments": "Actual outcome payments",
  target: "Target",
  achieved: "Result",
  "maximum-payment": "Maximum payment",
};

export const figureLabel = (figure: string): string => figureLabels[figure as EvidenceFigure] ?? figure;

const isMoney = (figure: string) => figure !== "target" && figure !== "achieved";

/** A figure's value as read: money in the case's currency, counts as counts. */
export const figureValue = (figure: string, value: number | null, currency: string | null): string =>
  isMoney(figure) ? formatMoney(value, currency) : formatCount(value);

/** Where a figure's latest value comes from: the last entry that gave it (absent: INDIGO's own value). */
export const sourceKey = (metricKey: string | null, figure: string) => `${metricKey ?? "payments"}/${figure}`;

export function figureSources(entries: readonly EvidenceEntry[]): Map<string, EvidenceEntry> {
  const sources = new Map<string, EvidenceEntry>();
  for (const entry of [...entries].sort((a, b) => a.version - b.version))
    for (const change of entry.figures) sources.set(sourceKey(entry.metricKey, change.figure), entry);
  return sources;
}

/** "Actual outcome payments £2,376,250 -> £2,600,000", or "added metric “People housed”: Target 400, Result 300". */
export function describeEntry(entry: EvidenceEntry, metrics: readonly MetricAchievement[], currency: string | null): string {
  const values = entry.figures.map(
    (f) =>
      `${figureLabel(f.figure)} ${f.from === null ? "" : `${figureValue(f.figure, f.from, currency)} -> `}` +
      figureValue(f.figure, f.to, currency),
  );
  if (entry.addedMetric !== null) return `added metric ${entry.metricKey} “${entry.addedMetric}”: ${values.join(", ")}`;
  const metric = metrics.find((m) => m.key === entry.metricKey);
  const of = entry.metricKey === null ? "" : ` of metric ${entry.metricKey}${metric?.definition ? ` (“${metric.definition}”)` : ""}`;
  return `${entry.figures[0]?.from === null ? "gave" : "corrected"} ${values.join(", ")}${of}`;
}

/** "12" or "12-14" (an en dash and spaces are read too), from page 1; null when it is neither. */
export function parsePage(text: string): string | null {
  const match = /^\s*(\d{1,6})\s*(?:[-–]\s*(\d{1,6}))?\s*$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first < 1 || last < first) return null;
  return last === first ? String(first) : `${first}-${last}`;
}

/** "2,600,000", "2600000" or "12.5": a number that is not negative; null when it is not one. */
export function parseAmount(text: string): number | null {
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** What every piece of evidence names: a document of the register, its page, and why. */
export interface CitationInput {
  documentId: string;
  page: string;
  reason: string;
}

function citationErrors(input: CitationInput): string[] {
  const errors: string[] = [];
  if (input.documentId === "") errors.push("Choose the document the figure comes from (add it to the case's register if it is missing).");
  if (parsePage(input.page) === null) errors.push(`Give the page as a number (12) or a range (12-14); got "${input.page.trim()}".`);
  if (input.reason.trim() === "") errors.push("Give a reason: say what the document shows; it is kept with the evidence.");
  return errors;
}

function amountErrors(figure: string, text: string, required: boolean): string[] {
  if (text.trim() === "") return required ? [`Give the ${figureLabel(figure).toLowerCase()} the document states.`] : [];
  const value = parseAmount(text);
  if (value === null) return [`The ${figureLabel(figure).toLowerCase()} must be a number that is not negative, e.g. 2,600,000; got "${text.trim()}".`];
  if (value === 0 && (figure === "target" || figure === "max-outcome-payment"))
    return [`The ${figureLabel(figure).toLowerCase()} must be more than 0: the ratio is divided by it.`];
  return [];
}

export interface CorrectionInput extends CitationInput {
  /** "payments" or a metric's key. */
  item: string;
  figure: EvidenceFigure;
  value: string;
}

/** A correction of one figure, with its source; the figure must belong to the item (payments or a metric). */
export function checkCorrection(input: CorrectionInput, expectedVersion: number): Checked<CorrectionBody> {
  const onPayments = input.item === "payments";
  const errors = [
    ...((onPayments ? paymentFigures : metricFigures).includes(input.figure)
      ? []
      : [`Choose a figure of ${onPayments ? "the payments" : "the metric"} to correct.`]),
    ...amountErrors(input.figure, input.value, true),
    ...citationErrors(input),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const body: CorrectionBody = {
    figure: input.figure,
    value: parseAmount(input.value)!,
    documentId: input.documentId,
    page: parsePage(input.page)!,
    reason: input.reason.trim(),
    expectedVersion,
  };
  if (!onPayments) body.metricKey = input.item;
  return { ok: true, value: body };
}

export interface MetricInput extends CitationInput {
  definition: string;
  target: string;
  achieved: string;
  maximumPayment: string;
}

/** A metric INDIGO does not list: its definition and at least one figure, with its source. */
export function checkNewMetric(input: MetricInput, expectedVersion: number): Checked<AddMetricBody> {
  const given = { target: input.target, achieved: input.achieved, "maximum-payment": input.maximumPayment };
  const errors = [
    ...(input.definition.trim() === "" ? ["Say what the metric measures, as the document states it."] : []),
    ...(Object.values(given).every((v) => v.trim() === "") ? ["Give at least one figure: the target, the result or the maximum payment."] : []),
    ...Object.entries(given).flatMap(([figure, text]) => amountErrors(figure, text, false)),
    ...citationErrors(input),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const amount = (text: string) => (text.trim() === "" ? undefined : parseAmount(text)!);
  const body: AddMetricBody = {
    definition: input.definition.trim(),
    documentId: input.documentId,
    page: parsePage(input.page)!,
    reason: input.reason.trim(),
    expectedVersion,
  };
  const [target, achieved, maximumPayment] = [amount(input.target), amount(input.achieved), amount(input.maximumPayment)];
  if (target !== undefined) body.target = target;
  if (achieved !== undefined) body.achieved = achieved;
  if (maximumPayment !== undefined) body.maximumPayment = maximumPayment;
  return { ok: true, value: body };
}

/** The current value of a figure, to show beside the correction form. */
export function currentValue(item: string, figure: string, payments: PaymentEvidence, metrics: readonly MetricAchievement[]): number | null {
  if (item === "payments")
    return figure === "max-outcome-payment" ? payments.maxOutcomePayment : payments.actualOutcomePayments;
  const metric = metrics.find((m) => m.key === item);
  if (metric === undefined) return null;
  return figure === "target" ? metric.targetNumber : figure === "achieved" ? metric.achieved : metric.maximumPayment;
}
