const svgNamespace = "http://www.w3.org/2000/svg";

/** A serialised <svg> as a standalone file: an XML declaration and the SVG namespace, which a browser may leave out. */
export function svgFileText(serialised: string): string {
  const trimmed = serialised.trim();
  const withNamespace = /^<svg\b[^>]*\sxmlns=/.test(trimmed)
    ? trimmed
    : trimmed.replace(/^<svg\b/, `<svg xmlns="${svgNamespace}"`);
  return withNamespace.startsWith("<?xml")
    ? withNamespace
    : `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}\n`;
}

/** Downloads the element exactly as drawn (its styles are attributes, so the file looks the same). */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  const text = svgFileText(new XMLSerializer().serializeToString(svg));
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
