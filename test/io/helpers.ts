import { readEvents, type ReadOptions } from "../../src/io/index.js";

/** Splits bytes into chunks of `size` bytes, to test records that cross chunk boundaries. */
export async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Reads all events from text (or bytes) split into chunks of `size` bytes. */
export async function readAll(
  input: string | Buffer,
  size = 1 << 16,
  options: ReadOptions = {},
): Promise<Record<string, unknown>[]> {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const events: Record<string, unknown>[] = [];
  for await (const event of readEvents(chunked(bytes, size), "events.json", options)) {
    events.push(event);
  }
  return events;
}

/** Reads with skipping on and returns the events and the skipped records' messages. */
export async function readSkipping(
  input: string | Buffer,
  size = 1 << 16,
): Promise<{ events: Record<string, unknown>[]; skipped: string[] }> {
  const skipped: string[] = [];
  const events = await readAll(input, size, {
    skipInvalid: true,
    onSkip: (error) => skipped.push(error.format()),
  });
  return { events, skipped };
}
