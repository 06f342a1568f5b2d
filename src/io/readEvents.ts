/**
 * Reads events from files or standard input, choosing the format from the first byte that is not
 * whitespace: `[` starts a JSON array, anything else is read as NDJSON.
 */
import { createReadStream } from "node:fs";
import { InputError } from "./InputError.js";
import { readJsonArray } from "./jsonArray.js";
import { readNdjson } from "./ndjson.js";
import type { ReadOptions } from "./options.js";

export type { ReadOptions } from "./options.js";
export { InputError } from "./InputError.js";

/** The path that means standard input, and the name it gets in messages. */
export const STDIN_PATH = "-";
export const STDIN_NAME = "<stdin>";

const READ_CHUNK_BYTES = 1 << 20;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Yields the events of one byte stream, NDJSON or JSON array. A leading UTF-8 byte order mark is
 * ignored. Strings in the stream are taken as UTF-8 text.
 */
export async function* readEvents(
  input: AsyncIterable<Uint8Array | string>,
  source: string,
  options: ReadOptions = {},
): AsyncGenerator<Record<string, unknown>> {
  const iterator = toBuffers(input)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first = await iterator.next();
  let firstByte: number | undefined;

  while (!first.done) {
    const chunk = head.length === 0 ? stripBom(first.value) : first.value;
    head.push(chunk);
    firstByte = firstNonWhitespace(chunk);
    if (firstByte !== undefined) break;
    first = await iterator.next();
  }

  const chunks = replay(head, iterator);
  if (firstByte === 0x5b) {
    yield* readJsonArray(chunks, source, options);
  } else {
    yield* readNdjson(chunks, source, options);
  }
}

/**
 * Yields the events of several inputs one after another. `-` stands for `stdin`, which defaults
 * to the process's standard input.
 */
export async function* readEventFiles(
  paths: readonly string[],
  options: ReadOptions = {},
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): AsyncGenerator<Record<string, unknown>> {
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield* readEvents(stdin, STDIN_NAME, options);
    } else {
      yield* readEvents(openFile(path), path, options);
    }
  }
}

/** Streams a file's bytes; an error opening or reading it becomes an `InputError`. */
async function* openFile(path: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new InputError(path, undefined, describeFileError(error));
  } finally {
    stream.destroy();
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory, expected a file of events";
  return `cannot read the file: ${(error as Error).message}`;
}

async function* toBuffers(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    if (typeof chunk === "string") yield Buffer.from(chunk, "utf8");
    else if (Buffer.isBuffer(chunk)) yield chunk;
    else yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/** Yields the chunks already read, then the rest; closes the source if the reader stops early. */
async function* replay(head: Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}

function stripBom(chunk: Buffer): Buffer {
  const hasBom = UTF8_BOM.every((byte, i) => chunk[i] === byte);
  return hasBom ? chunk.subarray(UTF8_BOM.length) : chunk;
}

function firstNonWhitespace(chunk: Buffer): number | undefined {
  for (const byte of chunk) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  }
  return undefined;
}
