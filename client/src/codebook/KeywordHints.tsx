import { describeKeyword } from "./keywords";
import { keywordLines } from "./themeInput";

/** Under the keyword field: what each line will match, or what is wrong with it, as the lead types. */
export function KeywordHints({ id, text }: { id: string; text: string }) {
  const read = keywordLines(text);
  if (read.length === 0) return null;
  return (
    <ul id={id} className="keyword-hints" aria-live="polite">
      {read.map(({ line, text: entry, parsed }) => (
        <li key={line} className={parsed.ok ? "keyword-ok" : "keyword-bad"}>
          <code>{entry}</code>: {parsed.ok ? describeKeyword(parsed.expression) : parsed.problem}
        </li>
      ))}
    </ul>
  );
}
