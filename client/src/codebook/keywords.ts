/**
 * The client's twin of the server's KeywordParser (src/SibReview/Coding/Codebook/KeywordParser.cs): it reads a theme's
 * keyword as the lead types it, to show at once what it will match or what is wrong. Both are held to the examples in
 * keywordExamples.json; the server's answer is the one that counts.
 */
export interface KeywordTerm {
  word: string;
  prefix: boolean;
}

export interface KeywordSequence {
  kind: "sequence";
  terms: KeywordTerm[];
  exact: boolean;
}

export interface KeywordNear {
  kind: "near";
  left: KeywordSequence;
  right: KeywordSequence;
  distance: number;
}

export type KeywordExpression = KeywordSequence | KeywordNear;

export type KeywordParse = { ok: true; expression: KeywordExpression; canonical: string } | { ok: false; problem: string };

export const keywordLimits = { maxLength: 200, maxWordsInSequence: 8, minPrefixLength: 3, maxDistance: 50 } as const;

const shapes = 'a word, a prefix*, words in sequence, a "quoted exact phrase", or a NEAR/n b';

type Token =
  | { type: "word"; at: number; term: KeywordTerm }
  | { type: "quote"; at: number }
  | { type: "near"; at: number; distance: number };

class Refusal {
  constructor(readonly problem: string) {}
}

const wordCharacter = /^[\p{L}\p{Nd}\p{M}]$/u;
const letterOrDigit = /^[\p{L}\p{Nd}]$/u;
const space = /^\s$/u;

function codePointAt(input: string, index: number): string | null {
  const code = input.codePointAt(index);
  if (code === undefined || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

const isWordAt = (input: string, index: number) => wordCharacter.test(codePointAt(input, index) ?? "");
const isSpace = (character: string | undefined) => character !== undefined && space.test(character);

function notAllowed(input: string, index: number): string {
  const character = codePointAt(input, index);
  return `${character === null ? "An unreadable character" : `'${character}'`} (character ${index + 1}) cannot be used in a keyword: type ${shapes}.`;
}

function tokenise(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const at = i + 1;
    const c = input[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      tokens.push({ type: "quote", at });
      i++;
      continue;
    }
    if (!isWordAt(input, i)) {
      if (c === "*") throw new Refusal(`The * at character ${at} follows no word: put it straight after a word's first letters, as in co-produc*.`);
      if (c === "-" || c === "'") throw new Refusal(`The ${c} at character ${at} must join two parts of a word, as in co-production or people's.`);
      throw new Refusal(notAllowed(input, i));
    }
    const start = i;
    while (i < input.length && (isWordAt(input, i) || ((input[i] === "-" || input[i] === "'") && isWordAt(input, i + 1)))) {
      i += (input.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    const word = input.slice(start, i);
    if (input[i] === "-" || input[i] === "'") {
      throw new Refusal(`The ${input[i]} at character ${i + 1} must join two parts of a word, as in co-production or people's.`);
    }
    if (word.toLowerCase() === "near" && input[i] === "/") {
      const digits = ++i;
      while (i < input.length && /[0-9]/.test(input[i] ?? "")) i++;
      if (i === digits) throw new Refusal(`NEAR/ at character ${at} needs a distance in words, as in co-produc* NEAR/5 users.`);
      const text = input.slice(digits, i);
      const distance = Number(text);
      if (distance < 1 || distance > keywordLimits.maxDistance) {
        throw new Refusal(`The NEAR distance must be between 1 and ${keywordLimits.maxDistance} words; got ${text}.`);
      }
      if (i < input.length && !isSpace(input[i])) throw new Refusal(`Leave a space after NEAR/${distance} (character ${i + 1}).`);
      tokens.push({ type: "near", at, distance });
      continue;
    }
    if (word === "NEAR") throw new Refusal(`NEAR at character ${at} needs a distance in words, as in co-produc* NEAR/5 users.`);
    const prefix = input[i] === "*";
    if (prefix) i++;
    if (i < input.length && !isSpace(input[i]) && input[i] !== '"') {
      throw new Refusal(prefix ? `The * at character ${i} must end the word, as in co-produc*.` : notAllowed(input, i));
    }
    if (prefix && [...word].filter((ch) => letterOrDigit.test(ch)).length < keywordLimits.minPrefixLength) {
      throw new Refusal(
        `A prefix needs at least ${keywordLimits.minPrefixLength} letters before the *, as in co-produc*; "${word}*" would match too many words.`,
      );
    }
    tokens.push({ type: "word", at, term: { word: word.toLowerCase(), prefix } });
  }
  return tokens;
}

function sequence(tokens: Token[]): KeywordSequence {
  const first = tokens[0];
  if (first === undefined) throw new Refusal(`The keyword has no words: type ${shapes}.`);
  const exact = first.type === "quote";
  const quotes = tokens.filter((t) => t.type === "quote");
  if (exact && (tokens.length < 2 || tokens[tokens.length - 1]?.type !== "quote" || quotes.length !== 2)) {
    throw new Refusal(`Quote the whole phrase or none of it (the quote at character ${first.at} closes before the words end).`);
  }
  const stray = quotes[0];
  if (!exact && stray !== undefined) {
    throw new Refusal(`Quote the whole phrase or none of it (the quote at character ${stray.at} starts after other words).`);
  }
  const terms = tokens.flatMap((t) => (t.type === "word" ? [t.term] : []));
  if (terms.length === 0) throw new Refusal(`The quotes at character ${first.at} hold no words.`);
  if (terms.length > keywordLimits.maxWordsInSequence) {
    throw new Refusal(
      `A phrase has at most ${keywordLimits.maxWordsInSequence} words; this one has ${terms.length}. Split it, or join parts with NEAR/n.`,
    );
  }
  return { kind: "sequence", terms, exact };
}

const termText = (term: KeywordTerm) => (term.prefix ? `${term.word}*` : term.word);

function sequenceText(s: KeywordSequence): string {
  const words = s.terms.map(termText).join(" ");
  return s.exact ? `"${words}"` : words;
}

/** The keyword as the codebook stores it: lower case, single spaces, NEAR/n in capitals. */
export function canonicalKeyword(expression: KeywordExpression): string {
  return expression.kind === "sequence"
    ? sequenceText(expression)
    : `${sequenceText(expression.left)} NEAR/${expression.distance} ${sequenceText(expression.right)}`;
}

function expressionOf(input: string): KeywordExpression {
  if (input.length === 0) throw new Refusal(`The keyword is empty: type ${shapes}.`);
  if (input.length > keywordLimits.maxLength) {
    throw new Refusal(`A keyword has at most ${keywordLimits.maxLength} characters; this one has ${input.length}.`);
  }
  const tokens = tokenise(input);
  const quotes = tokens.filter((t) => t.type === "quote");
  const last = quotes[quotes.length - 1];
  if (quotes.length % 2 === 1 && last !== undefined) {
    throw new Refusal(`The quote at character ${last.at} is never closed: end the exact phrase with ".`);
  }
  const nears = tokens.filter((t) => t.type === "near");
  const near = nears[0];
  if (nears.length > 1) throw new Refusal("Use one NEAR per keyword; give the other combination a keyword of its own.");
  if (near === undefined || near.type !== "near") return sequence(tokens);
  const split = tokens.indexOf(near);
  const [leftTokens, rightTokens] = [tokens.slice(0, split), tokens.slice(split + 1)];
  if (leftTokens.length === 0 || rightTokens.length === 0) {
    throw new Refusal("NEAR needs words on both sides, as in co-produc* NEAR/5 users.");
  }
  return { kind: "near", left: sequence(leftTokens), right: sequence(rightTokens), distance: near.distance };
}

/** Reads a keyword; curly quotes and apostrophes pasted from a word processor count as straight ones. */
export function parseKeyword(text: string): KeywordParse {
  const input = text.replace(/[\u201C\u201D\u201E]/g, '"').replace(/\u2019/g, "'").trim();
  try {
    const expression = expressionOf(input);
    return { ok: true, expression, canonical: canonicalKeyword(expression) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

function describeSequence(s: KeywordSequence): string {
  const words = s.terms.map((t) => (t.prefix ? `${t.word}…` : t.word)).join(" ");
  if (s.exact) return `exactly “${words}”`;
  const only = s.terms.length === 1 ? s.terms[0] : undefined;
  if (only?.prefix) return `any word starting “${only.word}”`;
  if (only) return `“${only.word}” in any form`;
  return `“${words}” in this order, in any form`;
}

function operand(s: KeywordSequence): string {
  const words = `“${s.terms.map((t) => (t.prefix ? `${t.word}…` : t.word)).join(" ")}”`;
  return s.exact ? `exactly ${words}` : words;
}

/** What a keyword matches, in words a coder reads at a glance. */
export function describeKeyword(expression: KeywordExpression): string {
  return expression.kind === "sequence"
    ? describeSequence(expression)
    : `${operand(expression.left)} within ${expression.distance} words of ${operand(expression.right)}, in either order`;
}
