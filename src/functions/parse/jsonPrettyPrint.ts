/** json:prettyPrint(): a field holding JSON rewritten with line breaks and indentation. */
import { fieldName, flag, limit } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { readJson, stringEnd } from "./jsonText.js";

interface PrettyPrintArgs {
  field: string;
  as?: string;
  step: number;
  strict: boolean;
}

export const jsonPrettyPrint: FunctionDefinition<PrettyPrintArgs> = {
  name: "json:prettyPrint",
  kind: "transformation",
  docsPage: "functions-json-prettyprint",
  summary: "Rewrites a field of JSON with one member per line, indented; values are kept exactly as written.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field holding JSON." },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; the input field by default." },
    step: { type: "number", schema: limit({ defaultValue: 2, min: 2, max: 16, acceptsMax: false }), description: "Spaces per level of indentation, at least 2." },
    strict: { type: "boolean", schema: flag(false), description: "Write nothing for text that is not valid JSON, instead of copying it unchanged." },
  },
  compile(args) {
    const { field, step, strict } = args;

    // Invalid JSON is copied to the output unchanged, or with strict=true not written at all
    // (functions-json-prettyprint).
    return valueFunction(args.as ?? field, new Set([field]), (event) => {
      const raw = event.get(field);
      if (raw === undefined) {
        return null;
      }
      if (readJson(raw) === undefined) {
        return strict ? null : raw;
      }
      return prettyPrint(raw, step);
    });
  },
};

/** Re-indents valid JSON token by token, so numbers and strings keep their exact text. */
export function prettyPrint(json: string, step: number): string {
  const tokens = jsonTokens(json);

  const unit = " ".repeat(step);
  let depth = 0;
  let out = "";

  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (token === "{" || token === "[") {
      const empty = next === (token === "{" ? "}" : "]");
      depth += 1;
      out += empty ? token : `${token}\n${unit.repeat(depth)}`;
    } else if (token === "}" || token === "]") {
      depth -= 1;
      const previous = tokens[index - 1];
      out += previous === "{" || previous === "[" ? token : `\n${unit.repeat(depth)}${token}`;
    } else if (token === ",") {
      out += `,\n${unit.repeat(depth)}`;
    } else if (token === ":") {
      out += ": ";
    } else {
      out += token;
    }
  });

  return out;
}

/** Splits valid JSON into strings, punctuation and other words (numbers, true, false, null). */
function jsonTokens(json: string): string[] {
  const tokens: string[] = [];
  let position = 0;

  while (position < json.length) {
    const char = json[position] as string;
    if (" \t\n\r".includes(char)) {
      position += 1;
    } else if (char === '"') {
      const end = stringEnd(json, position);
      tokens.push(json.slice(position, end));
      position = end;
    } else if ("{}[],:".includes(char)) {
      tokens.push(char);
      position += 1;
    } else {
      let end = position;
      while (end < json.length && !' \t\n\r{}[],:"'.includes(json[end] as string)) {
        end += 1;
      }
      tokens.push(json.slice(position, end));
      position = end;
    }
  }

  return tokens;
}
