import type { Theme } from "./types";

export function Codebook({ themes }: { themes: Theme[] }) {
  const ordered = [...themes].sort((a, b) => a.number - b.number);
  return (
    <ol className="codebook">
      {ordered.map((theme) => (
        <li key={theme.number} value={theme.number}>
          <strong>{theme.name}</strong>
          <p>{theme.definition}</p>
        </li>
      ))}
    </ol>
  );
}
