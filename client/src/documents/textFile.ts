/** The server's limit on a document's file: 50 MB. */
export const maxTextFileBytes = 50 * 1024 * 1024;

/** What the file picker offers: the extensions and media types the server reads. */
export const acceptedTextFiles = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,text/plain,text/markdown,text/html,application/pdf";

const extensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"];
const mediaTypes = ["text/plain", "text/markdown", "text/x-markdown", "text/html", "application/xhtml+xml", "application/pdf"];

/** "12.3 MB", "850 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The checks a chosen file must pass before it is sent; the server checks its content too. */
export function checkTextFile(file: { name: string; size: number; type: string } | null): string[] {
  if (file === null) return ["Choose the file with the document's text."];
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? "";
  const errors: string[] = [];
  if (!extensions.includes(extension) && !mediaTypes.includes(file.type)) {
    errors.push(
      `"${file.name}" is not a file SibReview reads: upload plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf); save a Word file as PDF first.`,
    );
  }
  if (file.size === 0) errors.push(`"${file.name}" is empty: choose the file with the document's text.`);
  if (file.size > maxTextFileBytes) {
    errors.push(
      `"${file.name}" is ${formatBytes(file.size)}; a document's file may have up to 50 MB. Upload the text alone (.txt), or split the PDF into parts.`,
    );
  }
  return errors;
}
