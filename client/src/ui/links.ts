/** The URL if it is an http(s) address, else null: INDIGO text must never become a script link. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A short, readable name for a link: the host without "www.". */
export function linkName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
