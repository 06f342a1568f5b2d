/**
 * A JSON reader for the parse functions. It differs from JSON.parse in one way: numbers stay as
 * the text they were written as, so 12345678901234567890 and 1.50 reach the event unchanged
 * (LogScale field values are strings; JSON.parse would round the first and shorten the second).
 */
import type { JsonValue } from "../../engine/event.js";

/** Nesting deeper than this is rejected rather than risking the call stack. */
const MAX_DEPTH = 512;

/** Reads a JSON text; returns undefined when it is not valid JSON. */
export function readJson(text: string): JsonValue | undefined {
  const reader = new JsonReader(text);
  try {
    const value = reader.value(0);
    reader.skipSpace();
    return reader.atEnd() ? value : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) {
      return undefined;
    }
    throw error;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonReader {
  private position = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  skipSpace(): void {
    while (this.position < this.text.length && " \t\n\r".includes(this.text[this.position] as string)) {
      this.position += 1;
    }
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) {
      throw new SyntaxError("JSON nested too deeply");
    }

    this.skipSpace();
    const char = this.text[this.position];
    switch (char) {
      case "{":
        return this.object(depth);
      case "[":
        return this.array(depth);
      case '"':
        return this.string();
      default:
        return this.literal();
    }
  }

  private object(depth: number): { [key: string]: JsonValue } {
    // A null-prototype object, so a key such as __proto__ is an ordinary member.
    const result: { [key: string]: JsonValue } = Object.create(null) as { [key: string]: JsonValue };
    this.position += 1;
    this.skipSpace();
    if (this.text[this.position] === "}") {
      this.position += 1;
      return result;
    }

    for (;;) {
      this.skipSpace();
      if (this.text[this.position] !== '"') {
        throw new SyntaxError("expected a member name");
      }
      const key = this.string();
      this.expect(":");
      result[key] = this.value(depth + 1);
      this.skipSpace();
      const next = this.text[this.position];
      this.position += 1;
      if (next === "}") {
        return result;
      }
      if (next !== ",") {
        throw new SyntaxError("expected , or }");
      }
    }
  }

  private array(depth: number): JsonValue[] {
    const result: JsonValue[] = [];
    this.position += 1;
    this.skipSpace();
    if (this.text[this.position] === "]") {
      this.position += 1;
      return result;
    }

    for (;;) {
      result.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.position];
      this.position += 1;
      if (next === "]") {
        return result;
      }
      if (next !== ",") {
        throw new SyntaxError("expected , or ]");
      }
    }
  }

  private string(): string {
    const end = stringEnd(this.text, this.position);
    if (end === -1) {
      throw new SyntaxError("invalid string");
    }
    const literal = this.text.slice(this.position, end);
    this.position = end;
    return JSON.parse(literal) as string;
  }

  /** Numbers come back as their text; `true`, `false` and `null` as themselves. */
  private literal(): JsonValue {
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }

    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.text);
    if (match === null) {
      throw new SyntaxError("unexpected character");
    }
    this.position += match[0].length;
    return match[0];
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.text[this.position] !== char) {
      throw new SyntaxError(`expected ${char}`);
    }
    this.position += 1;
  }
}

/**
 * Finds the end (after the closing quote) of the JSON string that starts at `start`, or -1 for an
 * invalid one. A loop rather than a regex, because a regex with alternation overflows the stack
 * on strings of some million characters.
 */
export function stringEnd(text: string, start: number): number {
  if (text[start] !== '"') {
    return -1;
  }

  let position = start + 1;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === 0x22) {
      return position + 1;
    }
    if (code < 0x20) {
      return -1;
    }
    if (code === 0x5c) {
      const next = text[position + 1] ?? "";
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) {
          return -1;
        }
        position += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next) || next === "") {
        return -1;
      }
      position += 2;
      continue;
    }
    position += 1;
  }

  return -1;
}
