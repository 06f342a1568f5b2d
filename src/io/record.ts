/**
 * Turns the bytes of one input record (an NDJSON line or a JSON array element) into an event
 * object, or explains why it cannot be one.
 */
import { isUtf8 } from "node:buffer";
import { quoteNumbers } from "./jsonNumbers.js";

/** A record that was read: either the event or the reason it is invalid. */
export type RecordResult =
  | { ok: true; event: Record<string, unknown> }
  | { ok: false; reason: string };

/** True when the bytes hold only JSON whitespace (space, tab, CR, LF). */
export function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return false;
  }
  return true;
}

/**
 * Decodes and parses one record. Numbers keep their text (see quoteNumbers). JSON.parse stores
 * keys such as `__proto__` as own properties, so untrusted field names never reach a prototype.
 * JSON.parse does not recurse, so no nesting depth makes it overflow the stack.
 */
export function parseRecord(bytes: Buffer): RecordResult {
  if (!isUtf8(bytes)) {
    const offset = findInvalidUtf8(bytes);
    return { ok: false, reason: `malformed UTF-8 at byte ${offset + 1} of the record` };
  }

  const text = bytes.toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(quoteNumbers(text));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, reason: `invalid JSON: ${originalSyntaxError(text, error).message}` };
  }

  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: `expected a JSON object, found ${describeJsonValue(value)}` };
  }
  return { ok: true, event: value as Record<string, unknown> };
}

/**
 * Returns the error JSON.parse gives for the record as written, so that the message's positions
 * and excerpt match the input rather than the text with quoted numbers.
 */
function originalSyntaxError(text: string, quotedError: SyntaxError): SyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return error;
  }
  return quotedError;
}

function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  return `the literal ${String(value)}`;
}

/**
 * Returns the offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF). Only called after `isUtf8` has reported the bytes as invalid.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Returns the length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;

  let length: number;
  let min: number;
  let codePoint: number;
  if (lead >= 0xc2 && lead <= 0xdf) {
    [length, min, codePoint] = [2, 0x80, lead & 0x1f];
  } else if (lead >= 0xe0 && lead <= 0xef) {
    [length, min, codePoint] = [3, 0x800, lead & 0x0f];
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    [length, min, codePoint] = [4, 0x10000, lead & 0x07];
  } else {
    return 0;
  }

  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || (next & 0xc0) !== 0x80) return 0;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }

  const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  if (codePoint < min || codePoint > 0x10ffff || isSurrogate) return 0;
  return length;
}
