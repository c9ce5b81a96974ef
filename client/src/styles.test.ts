import { describe, expect, it } from "vitest";
import styles from "./styles.css?raw";

/**
 * The style sheet closes every rule it opens. An unclosed one is no syntax error in today's CSS: the browser reads every
 * rule after it as nested inside it, and they silently stop applying (as once happened to the workbench's styles).
 */
describe("styles.css", () => {
  it("closes every block it opens, in order", () => {
    expect(styles.length).toBeGreaterThan(10_000);
    const css = styles.replace(/\/\*[\s\S]*?\*\//g, "");
    let depth = 0;
    const unclosedAt: number[] = [];
    css.split("\n").forEach((line, index) => {
      for (const c of line) depth += c === "{" ? 1 : c === "}" ? -1 : 0;
      // Only @media blocks hold rules: a second level opened outside one is a rule left open.
      if (depth > 1 && !/^\s/.test(line) && !line.startsWith("@")) unclosedAt.push(index + 1);
      expect(depth).toBeGreaterThanOrEqual(0);
    });
    expect(unclosedAt).toEqual([]);
    expect(depth).toBe(0);
  });
});
