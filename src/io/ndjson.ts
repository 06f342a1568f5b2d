/**
 * Streaming reader for NDJSON: one JSON object per line, blank lines ignored. Lines are split on
 * raw bytes, so memory holds one chunk plus the line being assembled, whatever the file size.
 */
import { InputError } from "./InputError.js";
import type { ReadOptions } from "./options.js";
import { isBlank, parseRecord } from "./record.js";

const LINE_FEED = 0x0a;

/** Yields the events of an NDJSON byte stream; `source` names it in error messages. */
export async function* readNdjson(
  chunks: AsyncIterable<Buffer>,
  source: string,
  options: ReadOptions = {},
): AsyncGenerator<Record<string, unknown>> {
  let partial: Buffer[] = [];
  let lineNumber = 0;

  for await (const chunk of chunks) {
    let start = 0;
    let newline = chunk.indexOf(LINE_FEED, start);

    while (newline !== -1) {
      lineNumber++;
      const line = joinPieces(partial, chunk.subarray(start, newline));
      partial = [];

      const event = readLine(line, source, lineNumber, options);
      if (event !== undefined) yield event;

      start = newline + 1;
      newline = chunk.indexOf(LINE_FEED, start);
    }

    if (start < chunk.length) partial.push(chunk.subarray(start));
  }

  if (partial.length > 0) {
    const event = readLine(Buffer.concat(partial), source, lineNumber + 1, options);
    if (event !== undefined) yield event;
  }
}

function joinPieces(partial: Buffer[], last: Buffer): Buffer {
  return partial.length === 0 ? last : Buffer.concat([...partial, last]);
}

function readLine(
  line: Buffer,
  source: string,
  lineNumber: number,
  options: ReadOptions,
): Record<string, unknown> | undefined {
  if (isBlank(line)) return undefined;

  const result = parseRecord(line);
  if (result.ok) return result.event;

  const error = new InputError(source, lineNumber, result.reason);
  if (!options.skipInvalid) throw error;
  options.onSkip?.(error);
  return undefined;
}
