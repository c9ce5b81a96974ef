import { describe, expect, it } from "vitest";
import { readLines, takeLines } from "./ndjson";

describe("takeLines", () => {
  it("keeps a line cut mid-way for the next chunk", () => {
    expect(takeLines('{"a":1}\n{"b"')).toEqual({ lines: ['{"a":1}'], rest: '{"b"' });
    expect(takeLines('{"b"')).toEqual({ lines: [], rest: '{"b"' });
    expect(takeLines('{"a":1}\n\n{"b":2}\n')).toEqual({ lines: ['{"a":1}', '{"b":2}'], rest: "" });
  });
});

describe("readLines", () => {
  it("parses lines split across chunks, including multi-byte characters cut between chunks", async () => {
    const bytes = new TextEncoder().encode('{"progress":{"read":1}}\n{"report":{"name":"Café"}}');
    const chunks = [bytes.slice(0, 10), bytes.slice(10, 46), bytes.slice(46)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((c) => controller.enqueue(c));
        controller.close();
      },
    });
    const seen: unknown[] = [];
    await readLines(body, (v) => seen.push(v));
    expect(seen).toEqual([{ progress: { read: 1 } }, { report: { name: "Café" } }]);
  });
});
