import { describe, expect, it } from "vitest";
import { VersionBook } from "./versions";

describe("VersionBook", () => {
  it("asks for a refetch the first time a topic announces a change", () => {
    expect(new VersionBook().accept("catalogue", 12)).toBe(true);
  });

  it("asks for a refetch only when a higher version arrives", () => {
    const book = new VersionBook();
    book.accept("study:abc", 40);
    expect(book.accept("study:abc", 40)).toBe(false);
    expect(book.accept("study:abc", 39)).toBe(false);
    expect(book.accept("study:abc", 41)).toBe(true);
    expect(book.accept("study:abc", 40)).toBe(false);
  });

  it("keeps each topic's version apart", () => {
    const book = new VersionBook();
    book.accept("catalogue", 100);
    expect(book.accept("study:abc", 50)).toBe(true);
    expect(book.accept("catalogue", 99)).toBe(false);
  });
});
