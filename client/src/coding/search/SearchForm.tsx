import { useState, type FormEvent } from "react";
import type { Theme } from "../../codebook/types";
import { queryHint, type SearchAsk } from "./searchQuery";

/** A keyword typed (checked as it is typed, by the same rules as the server's) or a theme's keyword list. */
export function SearchForm({
  ask,
  themes,
  onSearch,
}: {
  ask: SearchAsk | null;
  themes: Theme[];
  onSearch: (ask: SearchAsk) => void;
}) {
  const [text, setText] = useState(ask?.kind === "keyword" ? ask.q : "");
  const [theme, setTheme] = useState(ask?.kind === "theme" ? String(ask.theme) : "");
  const hint = queryHint(text);

  function searchKeyword(event: FormEvent) {
    event.preventDefault();
    if (hint?.ok) onSearch({ kind: "keyword", q: text.trim() });
  }

  function runTheme(event: FormEvent) {
    event.preventDefault();
    if (theme !== "") onSearch({ kind: "theme", theme: Number(theme) });
  }

  return (
    <div className="form-grid search-forms">
      <form className="stack" role="search" aria-label="Search the study's documents" onSubmit={searchKeyword} noValidate>
        <div className="field">
          <label htmlFor="search-q">Keyword or phrase</label>
          <input
            id="search-q"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="search-q-hint"
            aria-invalid={hint?.ok === false}
            placeholder="co-produc* NEAR/5 users"
            autoComplete="off"
          />
          <p id="search-q-hint" className={`hint ${hint?.ok === false ? "keyword-bad" : ""}`} aria-live="polite">
            {hint?.text ?? "A word, a prefix*, words in sequence, a \"quoted exact phrase\", or a NEAR/n b."}
          </p>
        </div>
        <button type="submit" disabled={hint?.ok !== true}>
          Search
        </button>
      </form>
      <form className="stack" aria-label="Run a theme's keywords" onSubmit={runTheme}>
        <div className="field">
          <label htmlFor="search-theme">Theme</label>
          <select id="search-theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">Choose a theme…</option>
            {themes.map((t) => (
              <option key={t.number} value={t.number}>
                {t.number}. {t.name} ({t.keywords.length} keywords)
              </option>
            ))}
          </select>
          <p className="hint">Runs every keyword of the theme's list in the codebook at once.</p>
        </div>
        <button type="submit" className="button-secondary" disabled={theme === ""}>
          Run the theme's keywords
        </button>
      </form>
      <SyntaxHelp />
    </div>
  );
}

function SyntaxHelp() {
  return (
    <details className="syntax-help">
      <summary>How to write a query</summary>
      <dl>
        <dt>
          <code>partnership</code>
        </dt>
        <dd>the word in any form (partnerships, partnership's): English stemming.</dd>
        <dt>
          <code>co-produc*</code>
        </dt>
        <dd>any word starting so (co-produced, co-production); at least 3 letters before the *.</dd>
        <dt>
          <code>service users</code>
        </dt>
        <dd>the words in this order, each in any form; small words such as "of" or "the" (stop words) match any word.</dd>
        <dt>
          <code>"lived experience"</code>
        </dt>
        <dd>exactly these words, stop words included, in any capitals: no other forms.</dd>
        <dt>
          <code>co-produc* NEAR/5 users</code>
        </dt>
        <dd>both within 5 words of each other, in either order (each part of a hyphenated word counts as a word).</dd>
      </dl>
    </details>
  );
}
