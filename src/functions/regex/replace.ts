/**
 * replace(): replaces every match of a regex in a field's value (docs page functions-replace).
 * In the replacement, `$0` is the whole match, `$n` the n-th unnamed group and `${name}` a named
 * group. Only unnamed groups get numbers, because JitRex numbers them that way. A `\` makes the
 * next character literal, so `\$` is a dollar sign. These are the rules of Java's
 * Matcher.appendReplacement, which the docs' `$1` examples follow.
 */
import type { Event } from "../../engine/event.js";
import type { CompiledRegex, RegexMatch } from "../../engine/regex.js";
import { fieldName, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface ReplaceArgs {
  regex: string;
  field: string;
  with: string;
  as?: string;
  flags: string;
}

export const replace: FunctionDefinition<ReplaceArgs> = {
  name: "replace",
  kind: "transformation",
  docsPage: "functions-replace",
  summary: "Replaces every match of a regular expression in a field's value; $1 and ${name} insert groups of the match.",
  defaultParam: "regex",
  params: {
    regex: { type: "string", schema: text(), description: "The regular expression to replace." },
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field whose value is searched." },
    with: {
      type: "string",
      schema: text().default(""),
      description: "The replacement text; $0, $1... and ${name} insert parts of the match, \\ quotes the next character.",
      aliases: ["replacement"],
    },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; by default the searched field is overwritten." },
    flags: {
      type: "string",
      // The parameter table of functions-replace gives m as the default.
      schema: text().default("m"),
      description: "Regex flags: i (ignore case), m (multi-line), d (dot matches line terminators), F (engine v2).",
    },
  },
  compile(args, ctx) {
    if (args.flags.includes("g")) {
      ctx.error("replace() already replaces every match; remove the g flag", ctx.argumentSpan("flags"));
    }

    const compiled = ctx.compileRegex(args.regex, args.flags, ctx.argumentSpan("regex"));
    const parts = parseReplacement(args.with, compiled, (message) => ctx.error(message, ctx.argumentSpan("with")));
    const field = args.field;

    return valueFunction(args.as ?? field, new Set([field]), (event: Event) => {
      const value = event.get(field);
      return value === undefined ? null : replaceAll(value, compiled, parts);
    });
  },
};

/** A piece of the replacement: literal text, or the groups whose match it inserts. */
type ReplacementPart = { text: string } | { groups: readonly number[] };

/** Splits the replacement into literal text and group references. */
export function parseReplacement(replacement: string, regex: CompiledRegex, fail: (message: string) => never): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let literal = "";
  let index = 0;

  const flushLiteral = () => {
    if (literal.length > 0) {
      parts.push({ text: literal });
      literal = "";
    }
  };

  while (index < replacement.length) {
    const char = replacement[index] as string;

    if (char === "\\") {
      const next = replacement[index + 1];
      if (next === undefined) {
        fail("the replacement ends with a lone \\; write \\\\ for a backslash");
      }
      literal += next;
      index += 2;
      continue;
    }

    if (char !== "$") {
      literal += char;
      index += 1;
      continue;
    }

    flushLiteral();
    const reference = readReference(replacement, index, regex, fail);
    parts.push({ groups: reference.groups });
    index = reference.end;
  }

  flushLiteral();
  return parts;
}

/** Reads `$n` or `${name}` at `start`. */
function readReference(replacement: string, start: number, regex: CompiledRegex, fail: (message: string) => never): { groups: number[]; end: number } {
  const rest = replacement.slice(start + 1);

  const named = /^\{([^}]*)\}/.exec(rest);
  if (named !== null) {
    const name = named[1] as string;
    const groups = regex.groups.filter((group) => group.field === name).map((group) => group.number);
    if (groups.length === 0) {
      fail(`the replacement refers to \${${name}}, but the regex has no group (?<${name}>...)`);
    }
    return { groups, end: start + 1 + named[0].length };
  }

  const digits = /^\d+/.exec(rest);
  if (digits === null) {
    fail("in the replacement, $ must be followed by a group number or {name}; write \\$ for a dollar sign");
  }

  // As in Java: the first digit always counts, later ones only while the number stays a group.
  let number = Number(digits[0][0]);
  let length = 1;
  while (length < digits[0].length && number * 10 + Number(digits[0][length]) <= regex.unnamedGroups.length) {
    number = number * 10 + Number(digits[0][length]);
    length += 1;
  }

  if (number > regex.unnamedGroups.length) {
    fail(`the replacement refers to $${number}, but the regex has ${regex.unnamedGroups.length} unnamed groups (named groups are inserted with \${name})`);
  }

  const group = number === 0 ? 0 : (regex.unnamedGroups[number - 1] as number);
  return { groups: [group], end: start + 1 + length };
}

/** Replaces every match; a group that did not take part inserts nothing. */
export function replaceAll(value: string, regex: CompiledRegex, parts: readonly ReplacementPart[]): string {
  const matches = regex.matchAll(value, value.length + 1);
  if (matches.length === 0) {
    return value;
  }

  let result = "";
  let position = 0;
  for (const match of matches) {
    result += value.slice(position, match.index) + render(parts, match);
    position = match.index + (match[0] as string).length;
  }
  return result + value.slice(position);
}

function render(parts: readonly ReplacementPart[], match: RegexMatch): string {
  let text = "";

  for (const part of parts) {
    if ("text" in part) {
      text += part.text;
      continue;
    }
    // Several groups share a name when alternatives write the same field: use the one that matched.
    const found = part.groups.map((group) => match[group]).filter((value) => value !== undefined);
    text += found[found.length - 1] ?? "";
  }

  return text;
}
