/**
 * Streaming reader for a JSON array of event objects. A byte-level scanner finds where each
 * element starts and ends (tracking strings, escapes and bracket depth), so only one element is
 * held in memory at a time. Each element is then parsed on its own, which is what lets
 * `skipInvalid` drop one bad element and go on with the next.
 */
import { InputError } from "./InputError.js";
import type { ReadOptions } from "./options.js";
import { parseRecord } from "./record.js";

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LINE_FEED = 0x0a;

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** One array element's bytes and the line it starts on. */
interface Element {
  bytes: Buffer;
  line: number;
}

type State = "start" | "afterOpen" | "afterComma" | "inElement" | "afterElement" | "end";

/** Splits a JSON array byte stream into its elements. */
class ArraySplitter {
  private state: State = "start";
  private line = 1;
  private pieces: Buffer[] = [];
  private elementLine = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly source: string) {}

  *push(chunk: Buffer): Generator<Element> {
    let elementStart = this.state === "inElement" ? 0 : -1;

    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (this.state === "inElement") {
        const end = this.scanElementByte(byte);
        if (end === "continue") {
          if (byte === LINE_FEED) this.line++;
          continue;
        }

        const stop = end === "including" ? i + 1 : i;
        yield this.takeElement(chunk.subarray(elementStart, stop));
        elementStart = -1;
        this.state = "afterElement";
        if (end === "including") {
          continue;
        }
      }

      if (byte === LINE_FEED) this.line++;
      if (this.startsElement(byte)) elementStart = i;
    }

    if (this.state === "inElement") this.pieces.push(chunk.subarray(elementStart));
  }

  /** Checks that the array was closed; called after the last chunk. */
  finish(): void {
    if (this.state === "end") return;
    if (this.state === "inElement" && this.depth === 0 && !this.inString) {
      this.fail("the JSON array is not closed: add ] after the last element");
    }
    this.fail("unexpected end of input: the JSON array is not closed");
  }

  /**
   * Advances the element scanner by one byte. Returns whether the element ends here, and if so
   * whether this byte belongs to it (`including`) or follows it (`before`).
   */
  private scanElementByte(byte: number): "continue" | "including" | "before" {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (byte === BACKSLASH) this.escaped = true;
      else if (byte === QUOTE) {
        this.inString = false;
        if (this.depth === 0) return "including";
      }
      return "continue";
    }

    if (byte === QUOTE) {
      this.inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      this.depth++;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      if (this.depth === 0) return "before";
      this.depth--;
      if (this.depth === 0) return "including";
    } else if (this.depth === 0 && (byte === COMMA || isWhitespace(byte))) {
      return "before";
    }
    return "continue";
  }

  /** Handles a byte outside any element; returns true when it starts one. */
  private startsElement(byte: number): boolean {
    if (isWhitespace(byte)) return false;

    switch (this.state) {
      case "start":
        if (byte !== OPEN_BRACKET) this.fail("expected [ at the start of a JSON array");
        this.state = "afterOpen";
        return false;

      case "afterOpen":
      case "afterComma":
        if (byte === CLOSE_BRACKET) {
          if (this.state === "afterComma") this.fail("trailing comma before ]: remove it");
          this.state = "end";
          return false;
        }
        if (byte === COMMA) this.fail("unexpected , where an array element should start");
        this.beginElement(byte);
        return true;

      case "afterElement":
        if (byte === COMMA) this.state = "afterComma";
        else if (byte === CLOSE_BRACKET) this.state = "end";
        else this.fail("expected , or ] after an array element");
        return false;

      case "end":
        return this.fail("unexpected text after the closing ] of the JSON array");

      case "inElement":
        return false;
    }
  }

  private beginElement(byte: number): void {
    this.state = "inElement";
    this.elementLine = this.line;
    this.inString = byte === QUOTE;
    this.escaped = false;
    this.depth = byte === OPEN_BRACE || byte === OPEN_BRACKET ? 1 : 0;
  }

  private takeElement(last: Buffer): Element {
    const bytes = this.pieces.length === 0 ? last : Buffer.concat([...this.pieces, last]);
    this.pieces = [];
    return { bytes, line: this.elementLine };
  }

  private fail(reason: string): never {
    throw new InputError(this.source, this.line, reason);
  }
}

/** Yields the events of a JSON array byte stream; `source` names it in error messages. */
export async function* readJsonArray(
  chunks: AsyncIterable<Buffer>,
  source: string,
  options: ReadOptions = {},
): AsyncGenerator<Record<string, unknown>> {
  const splitter = new ArraySplitter(source);

  for await (const chunk of chunks) {
    for (const element of splitter.push(chunk)) {
      const result = parseRecord(element.bytes);
      if (result.ok) {
        yield result.event;
        continue;
      }

      const error = new InputError(source, element.line, result.reason);
      if (!options.skipInvalid) throw error;
      options.onSkip?.(error);
    }
  }

  splitter.finish();
}
