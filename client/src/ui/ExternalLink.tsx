import type { ReactNode } from "react";
import { linkName, safeHttpUrl } from "./links";
import { displayText } from "./format";

/** A link that opens in a new tab (marked ↗); shows the text alone when the address is not a web address. */
export function ExternalLink({ href, children }: { href: string | null | undefined; children?: ReactNode }) {
  const url = safeHttpUrl(href);
  if (url === null) return <>{children ?? displayText(href)}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {children ?? linkName(url)}
      <span className="external-mark" aria-hidden="true">
        {" ↗"}
      </span>
    </a>
  );
}
