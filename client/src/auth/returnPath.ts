/** Where to go after signing in: only a path on this site, never back to the sign-in page. */
export function safeReturnPath(next: string | null): string {
  if (next === null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next === "/signin" || next.startsWith("/signin?")) return "/";
  return next;
}

/** The sign-in address that brings the researcher back to where they were. */
export function signInPathFor(pathname: string, search: string): string {
  const here = `${pathname}${search}`;
  return here === "/" ? "/signin" : `/signin?next=${encodeURIComponent(here)}`;
}
