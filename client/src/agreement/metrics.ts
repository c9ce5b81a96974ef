/** Human names for the statistics the server reports by their API names. */
const metricNames: Record<string, string> = {
  percent: "Percent agreement",
  cohen: "Cohen's kappa",
  "scott-pi": "Scott's pi",
  fleiss: "Fleiss' kappa",
  krippendorff: "Krippendorff's alpha",
  "gwet-ac1": "Gwet's AC1",
  "brennan-prediger": "Brennan-Prediger",
};

export const alphaMetric = "krippendorff";

/** "scott-pi" -> "Scott's pi"; a name this client does not know is shown as given. */
export function metricName(metric: string): string {
  return metricNames[metric.trim().toLowerCase()] ?? metric;
}

export const isAlpha = (metric: string): boolean => metric.trim().toLowerCase() === alphaMetric;

const sourceNames: Record<string, string> = {
  imported: "Imported from a CSV file",
  screening: "Screening decisions",
  outcome: "Outcome classifications",
  outcomes: "Outcome classifications",
  coding: "Coding decisions",
};

/** Where a label set's labels came from, in words. */
export function sourceName(source: string): string {
  return sourceNames[source.trim().toLowerCase()] ?? source;
}
