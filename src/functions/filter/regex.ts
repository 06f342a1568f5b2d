/**
 * regex(): filters events by a regular expression and extracts its named groups into fields.
 * The filters `field = /re/flags` and `/re/` reuse `regexStage` (docs page functions-regex).
 */
import { z } from "zod";
import { cloneEvent, type Event } from "../../engine/event.js";
import type { CompiledRegex, RegexMatch } from "../../engine/regex.js";
import { fieldName, flag, limit, text } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";

export interface RegexStageOptions {
  /** Drop events without a match (true) or pass them on unchanged (false). */
  strict: boolean;
  /** Emit one event per match instead of extracting the first match only. */
  repeat: boolean;
  /** The maximum number of events one input event yields when repeating. */
  limit: number;
  /** Whether reaching `limit` produces a warning (the docs: unless the limit was given). */
  warnAtLimit: boolean;
}

/**
 * Builds the stage that runs `regex` over `field`: events without the field never match. A
 * match sets a field for every named group that took part in it.
 */
export function regexStage(regex: CompiledRegex, field: string, options: RegexStageOptions): StageFactory {
  if (options.repeat) {
    return repeatingStage(regex, field, options);
  }

  return (next) => ({
    push(event) {
      const value = event.get(field);
      const match = value === undefined ? null : regex.exec(value);

      if (match !== null) {
        regex.extract(match, event);
        next.push(event);
      } else if (!options.strict) {
        next.push(event);
      }
    },
    end() {
      next.end();
    },
  });
}

function repeatingStage(regex: CompiledRegex, field: string, options: RegexStageOptions): StageFactory {
  return (next, run) => ({
    push(event) {
      const value = event.get(field);
      const matches = value === undefined ? [] : regex.matchAll(value, options.limit + 1);

      if (matches.length === 0) {
        if (!options.strict) {
          next.push(event);
        }
        return;
      }

      if (matches.length > options.limit) {
        matches.length = options.limit;
        if (options.warnAtLimit) {
          run.warn(`regex() found more than ${options.limit} matches in one event and kept the first ${options.limit}; raise limit= to keep more`);
        }
      }

      emitPerMatch(event, matches, regex, next.push.bind(next));
    },
    end() {
      next.end();
    },
  });
}

/** Emits one event per match; every event but the last is a copy of the input. */
function emitPerMatch(event: Event, matches: RegexMatch[], regex: CompiledRegex, emit: (event: Event) => void): void {
  const last = matches.length - 1;

  matches.forEach((match, index) => {
    const target = index === last ? event : cloneEvent(event);
    regex.extract(match, target);
    emit(target);
  });
}

/** Tells whether `regex` finds a match in `field`; false when the field is missing. */
export function regexPredicate(regex: CompiledRegex, field: string): (event: Event) => boolean {
  return (event) => {
    const value = event.get(field);
    return value !== undefined && regex.test(value);
  };
}

interface RegexArgs {
  regex: string;
  field: string;
  strict: boolean;
  repeat: boolean;
  flags: string;
  limit: number;
}

export const regex: FunctionDefinition<RegexArgs> = {
  name: "regex",
  kind: "filter",
  docsPage: "functions-regex",
  summary: "Keeps events whose field matches a regular expression and extracts its named groups into fields.",
  defaultParam: "regex",
  negatable: true,
  params: {
    regex: { type: "string", schema: text(), description: "The regular expression; each named group (?<name>...) sets the field name." },
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field to search." },
    strict: { type: "boolean", schema: flag(true), description: "Drop events without a match (true) or pass them on unchanged (false)." },
    repeat: { type: "boolean", schema: flag(false), description: "Emit one event per match instead of using the first match only." },
    flags: {
      type: "string",
      // The parameter table of functions-regex gives m as the default.
      schema: z.string({ error: "expected flag letters such as i or im" }).default("m"),
      description: "Regex flags: i (ignore case), m (multi-line), d (dot matches line terminators), F (engine v2).",
    },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 100, min: 1, max: Number.MAX_SAFE_INTEGER, acceptsMax: false }),
      description: "With repeat=true, the maximum number of events one input event yields.",
    },
  },
  compile(args, ctx) {
    const compiled = ctx.compileRegex(args.regex, args.flags, ctx.argumentSpan("regex"), { allowGlobalFlag: false });
    const extracts = compiled.groups.length > 0;
    const stage = regexStage(compiled, args.field, {
      strict: args.strict,
      repeat: args.repeat,
      limit: args.limit,
      warnAtLimit: !ctx.isGiven("limit"),
    });

    return {
      stage,
      predicate: args.strict ? regexPredicate(compiled, args.field) : undefined,
      effects: { modifies: extracts || args.repeat, drops: args.strict },
      outputs: compiled.groups.map((group) => group.field),
      reads: new Set([args.field]),
    };
  },
};
