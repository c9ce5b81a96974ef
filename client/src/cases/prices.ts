import { formatMoney } from "../ui/format";
import type { OutcomeMetric } from "./types";

export interface Price {
  currency: string | null;
  pricePerUnit: number | null;
  maximumPrice: number | null;
  description: string | null;
}

/** A metric's prices, whether the API sends one `pricing` or a list of `pricings`. */
export function metricPrices(metric: OutcomeMetric, caseCurrency: string | null | undefined): Price[] {
  const given = [...(metric.pricing ? [metric.pricing] : []), ...(metric.pricings ?? [])];
  return given
    .map((p) => ({
      currency: p.currency ?? caseCurrency ?? null,
      pricePerUnit: p.pricePerUnit ?? null,
      maximumPrice: p.maximumPrice ?? p.maximumPriceIfAllTargetsAchieved ?? null,
      description: p.description ?? null,
    }))
    .filter((p) => p.pricePerUnit !== null || p.maximumPrice !== null || p.description !== null);
}

/** "£1,500 per unit; maximum £120,000 (per sustained tenancy)". */
export function describePrice(price: Price): string {
  const parts = [
    price.pricePerUnit === null ? null : `${formatMoney(price.pricePerUnit, price.currency)} per unit`,
    price.maximumPrice === null ? null : `maximum ${formatMoney(price.maximumPrice, price.currency)}`,
  ].filter((part): part is string => part !== null);
  const money = parts.join("; ");
  if (price.description === null) return money;
  return money === "" ? price.description : `${money} (${price.description})`;
}
