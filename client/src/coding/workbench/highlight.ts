/** A theme colour ("#RRGGBB") at 40% opacity: black text stays readable on every palette colour, and white shows through. */
export const tint = (colour: string) => `${colour}66`;

/**
 * The background of a run covered by codings of these colours (outermost first): one horizontal band per coding, so
 * overlapping codings each show their theme's colour; undefined for an uncoded run.
 */
export function highlightBackground(colours: string[]): string | undefined {
  if (colours.length === 0) return undefined;
  if (colours.length === 1) return tint(colours[0]!);
  const band = 100 / colours.length;
  const stops = colours.map((c, i) => `${tint(c)} ${+(i * band).toFixed(2)}% ${+((i + 1) * band).toFixed(2)}%`);
  return `linear-gradient(to bottom, ${stops.join(", ")})`;
}
