import type { Checked } from "../studies/validation";
import { normaliseColour } from "./colours";
import { parseKeyword, type KeywordParse } from "./keywords";
import type { Theme, ThemeBody } from "./types";

/** A theme form as typed: example quotes and keywords one per line. */
export interface ThemeDraft {
  name: string;
  definition: string;
  inclusionNotes: string;
  exclusionNotes: string;
  exampleQuotes: string;
  colour: string;
  keywords: string;
  reason: string;
}

export const limits = { name: 80, text: 2000, exampleQuotes: 20, keywords: 50 } as const;

export const emptyDraft = (): ThemeDraft => ({
  name: "",
  definition: "",
  inclusionNotes: "",
  exclusionNotes: "",
  exampleQuotes: "",
  colour: "",
  keywords: "",
  reason: "",
});

export const draftOf = (theme: Theme): ThemeDraft => ({
  name: theme.name,
  definition: theme.definition,
  inclusionNotes: theme.inclusionNotes ?? "",
  exclusionNotes: theme.exclusionNotes ?? "",
  exampleQuotes: theme.exampleQuotes.join("\n"),
  colour: theme.colour,
  keywords: theme.keywords.join("\n"),
  reason: "",
});

const lines = (text: string) =>
  text
    .split("\n")
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((l) => l.text !== "");

export interface KeywordLine {
  line: number;
  text: string;
  parsed: KeywordParse;
}

/** Each keyword line read as the server will read it, for the hints under the keyword field. */
export const keywordLines = (text: string): KeywordLine[] => lines(text).map((l) => ({ ...l, parsed: parseKeyword(l.text) }));

const blankToNull = (text: string) => (text.trim() === "" ? null : text.trim());

function lengthError(what: string, text: string, max: number): string[] {
  return text.trim().length > max ? [`${what} has at most ${max} characters; this one has ${text.trim().length}.`] : [];
}

/** The checks the server makes, run before sending so the lead sees every problem at once. */
export function checkTheme(
  draft: ThemeDraft,
  themes: Theme[],
  revising: number | null,
): Checked<ThemeBody & { reason: string }> {
  const others = themes.filter((t) => !t.retired && t.number !== revising);
  const errors: string[] = [];
  const name = draft.name.trim();
  if (name === "") errors.push("Give the theme a name.");
  errors.push(...lengthError("A theme name", name, limits.name));
  const clash = others.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (name !== "" && clash) errors.push(`Theme ${clash.number} is already called “${clash.name}”; give this theme another name.`);
  if (draft.definition.trim() === "") errors.push("Give the theme a definition: what coders look for when they code to it.");
  errors.push(...lengthError("A definition", draft.definition, limits.text));
  errors.push(...lengthError("The inclusion notes", draft.inclusionNotes, limits.text));
  errors.push(...lengthError("The exclusion notes", draft.exclusionNotes, limits.text));
  const quotes = lines(draft.exampleQuotes).map((l) => l.text);
  if (quotes.length > limits.exampleQuotes) errors.push(`A theme has at most ${limits.exampleQuotes} example quotes; got ${quotes.length}.`);
  // Left blank, the server keeps a revised theme's colour or gives a new one the next free palette colour.
  const colour = draft.colour.trim() === "" ? null : normaliseColour(draft.colour);
  if (draft.colour.trim() !== "" && colour === null) {
    errors.push(`The colour must be a hex colour like #CC6677; got “${draft.colour.trim()}”.`);
  }
  const sameColour = colour === null ? undefined : others.find((t) => t.colour === colour);
  if (sameColour) errors.push(`Theme ${sameColour.number} (“${sameColour.name}”) already has colour ${colour}; choose another.`);

  const keywords = keywordLines(draft.keywords);
  if (keywords.length > limits.keywords) errors.push(`A theme has at most ${limits.keywords} keywords; got ${keywords.length}.`);
  const canonical: string[] = [];
  for (const { line, text, parsed } of keywords) {
    if (!parsed.ok) errors.push(`Keyword line ${line} (“${text}”): ${parsed.problem}`);
    else if (canonical.includes(parsed.canonical)) errors.push(`Keyword line ${line} (“${text}”) is listed twice.`);
    else canonical.push(parsed.canonical);
  }
  if (draft.reason.trim() === "") errors.push("Give a reason: the codebook's history records why it changed.");

  return errors.length > 0
    ? { ok: false, errors }
    : {
        ok: true,
        value: {
          name,
          definition: draft.definition.trim(),
          inclusionNotes: blankToNull(draft.inclusionNotes),
          exclusionNotes: blankToNull(draft.exclusionNotes),
          exampleQuotes: quotes,
          colour,
          keywords: canonical,
          reason: draft.reason.trim(),
        },
      };
}
