/** kvParse(): key=value pairs in text become fields. */
import { z } from "zod";
import { fieldName, flag, oneOf, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

type Padding = "yes" | "no" | "unknown";

interface KvParseArgs {
  field: string[];
  as?: string;
  prefix?: string;
  override: boolean;
  onDuplicate: "keepFirst" | "keepLast";
  separator: string;
  excludeEmpty: boolean;
  separatorPadding: Padding;
}

export const kvParse: FunctionDefinition<KvParseArgs> = {
  name: "kvParse",
  kind: "transformation",
  docsPage: "functions-kvparse",
  summary: "Parses key=value, key=\"value\" and key='value' pairs in fields into fields; existing fields are kept unless override=true.",
  defaultParam: "field",
  params: {
    field: {
      type: "fields",
      schema: z.array(fieldName()).min(1, { error: "give at least one field name" }).default(["@rawstring"]),
      description: "The fields to parse.",
    },
    as: { type: "string", schema: text().optional(), description: "Text put before every key." },
    prefix: { type: "string", schema: text().optional(), description: "Another name for as." },
    override: { type: "boolean", schema: flag(false), description: "Overwrite fields the event already has." },
    onDuplicate: {
      type: "string",
      schema: oneOf(["keepFirst", "keepLast"], "keepLast"),
      description: "Which value a key that occurs more than once keeps: keepFirst or keepLast.",
    },
    separator: {
      type: "string",
      schema: z.string().refine((value) => value.length === 1, { error: "the separator must be a single character, such as = or :" }).default("="),
      description: "The single character between key and value.",
    },
    excludeEmpty: { type: "boolean", schema: flag(false), description: "Skip keys whose value is empty." },
    separatorPadding: {
      type: "string",
      schema: oneOf(["yes", "no", "unknown"], "unknown"),
      description: "Whether spaces surround the separator (a = 1): yes, no, or unknown.",
    },
  },
  compile(args) {
    const prefix = args.as ?? args.prefix ?? "";
    const options: KvOptions = { separator: args.separator, padding: args.separatorPadding };
    const { override, excludeEmpty } = args;
    const keepFirst = args.onDuplicate === "keepFirst";

    return {
      stage: (next) => ({
        push(event) {
          // Fields this call wrote may be overwritten by later duplicates; others only with override.
          const written = new Set<string>();

          for (const field of args.field) {
            const value = event.get(field);
            if (value === undefined) {
              continue;
            }

            for (const [key, found] of keyValuePairs(value, options)) {
              const name = prefix + key;
              const existed = event.has(name) && !written.has(name);
              if ((excludeEmpty && found === "") || (existed && !override) || (keepFirst && written.has(name))) {
                continue;
              }
              event.set(name, found);
              written.add(name);
            }
          }
          next.push(event);
        },
        end() {
          next.end();
        },
      }),
      reads: new Set(args.field),
    };
  },
};

export interface KvOptions {
  separator: string;
  padding: Padding;
}

/** Characters that end a key or an unquoted value. */
const BREAKS = new Set([" ", "\t", "\n", "\r", ",", ";"]);

/**
 * Finds every key-value pair in order. A key is the run of characters before the separator that
 * has no space, quote or break; a value is quoted (backslash escapes the quote and itself) or
 * runs to the next space, comma or semicolon.
 */
export function keyValuePairs(text: string, options: KvOptions): [string, string][] {
  const pairs: [string, string][] = [];
  const separator = options.separator;
  let position = 0;

  while (position < text.length) {
    const at = text.indexOf(separator, position);
    if (at === -1) {
      break;
    }

    const key = keyBefore(text, at, position, options.padding !== "no");
    if (key === null) {
      position = at + 1;
      continue;
    }

    const { value, end } = valueAfter(text, at + 1, options);
    pairs.push([key, value]);
    position = Math.max(end, at + 1);
  }

  return pairs;
}

function keyBefore(text: string, separatorAt: number, limit: number, allowPadding: boolean): string | null {
  let end = separatorAt;
  if (allowPadding) {
    while (end > limit && (text[end - 1] === " " || text[end - 1] === "\t")) {
      end -= 1;
    }
  }

  let start = end;
  while (start > limit && !BREAKS.has(text[start - 1] as string) && text[start - 1] !== '"' && text[start - 1] !== "'") {
    start -= 1;
  }

  return start === end ? null : text.slice(start, end);
}

function valueAfter(text: string, start: number, options: KvOptions): { value: string; end: number } {
  let position = start;

  if (options.padding !== "no") {
    while (text[position] === " " || text[position] === "\t") {
      position += 1;
    }
    // With unknown padding, `a= b=2` gives a an empty value rather than swallowing b's key.
    if (options.padding === "unknown" && position > start && startsPair(text, position, options.separator)) {
      return { value: "", end: start };
    }
  }

  const quote = text[position];
  if (quote === '"' || quote === "'") {
    return quotedValue(text, position, quote);
  }

  let end = position;
  while (end < text.length && !BREAKS.has(text[end] as string)) {
    end += 1;
  }
  return { value: text.slice(position, end), end };
}

/** Tells whether a `key=` follows at `position`. */
function startsPair(text: string, position: number, separator: string): boolean {
  let end = position;
  while (end < text.length && !BREAKS.has(text[end] as string) && text[end] !== separator) {
    end += 1;
  }
  return end > position && text[end] === separator;
}

function quotedValue(text: string, start: number, quote: string): { value: string; end: number } {
  const parts: string[] = [];
  let position = start + 1;
  let close = text.indexOf(quote, position);
  let escape = text.indexOf("\\", position);

  // Copies the text between escapes in slices and searches again only past each escape, so a
  // long value costs linear time however many escapes it has.
  for (;;) {
    if (close !== -1 && close < position) {
      close = text.indexOf(quote, position);
    }
    if (escape !== -1 && escape < position) {
      escape = text.indexOf("\\", position);
    }

    if (close === -1) {
      // An unclosed quote takes the rest of the text.
      parts.push(text.slice(position));
      return { value: parts.join(""), end: text.length };
    }

    if (escape === -1 || escape > close) {
      parts.push(text.slice(position, close));
      return { value: parts.join(""), end: close + 1 };
    }

    // A backslash before the quote or another backslash escapes it; any other stays as it is.
    const escaped = text[escape + 1] as string;
    const isEscape = escaped === quote || escaped === "\\";
    parts.push(text.slice(position, escape), isEscape ? escaped : "\\");
    position = escape + (isEscape ? 2 : 1);
  }
}
