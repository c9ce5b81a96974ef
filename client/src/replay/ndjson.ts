/** Splits what has arrived of a newline-delimited JSON body into whole lines and the unfinished rest. */
export function takeLines(buffer: string): { lines: string[]; rest: string } {
  const end = buffer.lastIndexOf("\n");
  if (end < 0) return { lines: [], rest: buffer };
  return { lines: buffer.slice(0, end).split("\n").filter((l) => l.trim() !== ""), rest: buffer.slice(end + 1) };
}

/** Reads a streamed body line by line, handing each parsed JSON value to onLine as it arrives. */
export async function readLines(body: ReadableStream<Uint8Array>, onLine: (value: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  for (;;) {
    const { done, value } = await reader.read();
    // stream: true holds back a character cut between two chunks until its last bytes arrive.
    const split = takeLines(done ? `${rest}${decoder.decode()}\n` : rest + decoder.decode(value, { stream: true }));
    split.lines.forEach((line) => onLine(JSON.parse(line)));
    rest = split.rest;
    if (done) return;
  }
}
