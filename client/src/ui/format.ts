const locale = "en-GB";
const missing = "—";

/** A money amount in its currency, whole units, e.g. "£1,250,000"; "—" when unknown. */
export function formatMoney(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return missing;
  const code = currency?.trim().toUpperCase() ?? "";
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency: code,
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }).format(amount);
    } catch {
      // An ISO-shaped code that this browser does not know: fall through to a plain number.
    }
  }
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return code === "" ? plain : `${code} ${plain}`;
}

/** A ratio as a percentage with at most one decimal, e.g. 0.125 -> "12.5%"; "—" when unknown. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return missing;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** part / whole, or null when either is unknown or the whole is not positive. */
export function ratioOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined) return null;
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  return part / whole;
}

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  return new Intl.NumberFormat(locale).format(value);
}

/** "74 cases", "1 case". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** INDIGO dates come as "2017-10-02", "2017-10" or "2017" (or free text): show them readably. */
export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === "") return missing;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (month !== undefined && monthName === undefined) return value;
  if (monthName === undefined) return year ?? value;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** An event timestamp in the reader's time zone, e.g. "29 Nov 2025, 22:14". */
export function formatDateTime(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return missing;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Any INDIGO value as display text: "—" for nothing, lists joined with commas. */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return missing;
  if (Array.isArray(value)) return value.length === 0 ? missing : value.map(displayText).join(", ");
  if (typeof value === "number") return Number.isFinite(value) ? formatCount(value) : missing;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return value.trim() === "" ? missing : value;
  return missing;
}
