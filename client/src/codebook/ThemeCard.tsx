import type { ReactNode } from "react";
import { readableTextOn } from "./colours";
import { describeKeyword, parseKeyword } from "./keywords";
import type { Theme } from "./types";

interface Props {
  theme: Theme;
  depth: number;
  shortcut: string | undefined;
  parentName: string | undefined;
  /** The lead's forms for this theme, when they may change it. */
  children?: ReactNode;
}

const keywordTitle = (keyword: string) => {
  const parsed = parseKeyword(keyword);
  return parsed.ok ? describeKeyword(parsed.expression) : parsed.problem;
};

/** One theme as coders read it: colour and number, name, definition, notes, examples and keywords. */
export function ThemeCard({ theme, depth, shortcut, parentName, children }: Props) {
  return (
    <li
      className={`theme-card${theme.retired ? " theme-retired" : ""}`}
      style={{ marginLeft: `${depth * 1.75}rem`, borderLeftColor: theme.colour }}
      data-testid={`theme-${theme.number}`}
    >
      <div className="theme-heading">
        <span className="theme-swatch" style={{ background: theme.colour, color: readableTextOn(theme.colour) }} title={theme.colour}>
          {theme.number}
        </span>
        <h3>{theme.name}</h3>
        {shortcut && (
          <span className="muted">
            key <kbd>{shortcut}</kbd>
          </span>
        )}
        {theme.retired && <span className="badge badge-retired">retired</span>}
        {parentName && <span className="muted">under {parentName}</span>}
      </div>
      <p className="prose">{theme.definition}</p>
      {(theme.inclusionNotes || theme.exclusionNotes) && (
        <dl className="theme-notes">
          {theme.inclusionNotes && (
            <>
              <dt>Include</dt>
              <dd className="prose">{theme.inclusionNotes}</dd>
            </>
          )}
          {theme.exclusionNotes && (
            <>
              <dt>Do not include</dt>
              <dd className="prose">{theme.exclusionNotes}</dd>
            </>
          )}
        </dl>
      )}
      {theme.exampleQuotes.length > 0 && (
        <ul className="example-quotes" aria-label={`Examples of theme ${theme.number}`}>
          {theme.exampleQuotes.map((quote) => (
            <li key={quote}>
              <q>{quote}</q>
            </li>
          ))}
        </ul>
      )}
      {theme.keywords.length > 0 && (
        <ul className="keyword-list" aria-label={`Keywords of theme ${theme.number}`}>
          {theme.keywords.map((keyword) => (
            <li key={keyword}>
              <code title={keywordTitle(keyword)}>{keyword}</code>
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}
