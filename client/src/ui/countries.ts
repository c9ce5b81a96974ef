const names = new Intl.DisplayNames(["en-GB"], { type: "region" });

/** "GB" -> "United Kingdom"; anything that is not a known two-letter code is shown as given. */
export function countryName(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
