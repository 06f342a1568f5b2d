/**
 * Checks the options of compile(), run() and stream() before anything uses them. A misspelt
 * option name or a value of the wrong type raises CqlRuntimeError (invalidOption) naming the
 * option, rather than being ignored or failing later with a raw error.
 */
import { z } from "zod";
import { didYouMean } from "./analysis/suggest.js";
import { MAX_EPOCH_MS } from "./engine/isoDateTime.js";
import { CqlRuntimeError, ErrorCodes } from "./errors/index.js";
import { Registry } from "./functions/registry.js";
import { parseTimeZone } from "./functions/time/zone.js";
import type { CompileOptions, RunOptions } from "./index.js";

/** An option's check and the words for what it expects, used in the error message. */
interface OptionRule {
  schema: z.ZodType;
  expected: string;
}

const isFunction = (value: unknown) => typeof value === "function";

const epochMilliseconds: OptionRule = {
  schema: z.number().int().min(-MAX_EPOCH_MS).max(MAX_EPOCH_MS),
  expected: "epoch milliseconds as an integer number",
};

const textsByName = (what: string): OptionRule => ({
  schema: z.record(z.string(), z.string()),
  expected: `an object mapping each ${what} name to its text`,
});

const callback: OptionRule = { schema: z.custom(isFunction), expected: "a function" };

const runOptionRules = {
  now: epochMilliseconds,
  start: epochMilliseconds,
  end: epochMilliseconds,
  timezone: {
    schema: z.string().refine((text) => parseTimeZone(text) !== null),
    expected: "an IANA time zone such as Europe/London, UTC, or an offset such as +02:00",
  },
  files: textsByName("lookup file"),
  savedSearches: textsByName("saved search"),
  parameters: textsByName("query parameter"),
  geoDatabases: {
    schema: z.strictObject({ location: z.string().optional(), asn: z.string().optional() }),
    expected: "an object with the database paths location and asn",
  },
  reverseDns: callback,
  tags: { schema: z.array(z.string()), expected: "an array of field names" },
  timestampField: { schema: z.string(), expected: "a field name" },
  // The fields to build follow from the query; a caller's set would be ignored, so it is rejected.
  fields: { schema: z.never(), expected: "no value: the query decides which fields are built" },
  onWarning: callback,
  explain: {
    schema: z.union([z.boolean(), z.strictObject({ event: z.unknown().optional() })]),
    expected: "true, false or an object with the event to follow",
  },
} satisfies Record<string, OptionRule>;

const compileOptionRules = {
  ...runOptionRules,
  file: { schema: z.string(), expected: "the query's file name" },
  registry: { schema: z.instanceof(Registry), expected: "a Registry, such as createBuiltinRegistry() returns" },
} satisfies Record<string, OptionRule>;

// Every option has a rule: an option added to RunOptions or CompileOptions without one fails the
// type check here, naming the option, instead of being rejected as unknown at run time.
type OptionsWithoutRule = Exclude<keyof CompileOptions, keyof typeof compileOptionRules> | Exclude<keyof RunOptions, keyof typeof runOptionRules>;
const everyOptionHasRule: [OptionsWithoutRule] extends [never] ? true : OptionsWithoutRule = true;

/** The longest unknown option name that still gets a "did you mean" hint. */
const MAX_SUGGESTED_NAME = 100;

/**
 * Checks compile options.
 * @throws CqlRuntimeError (invalidOption) naming the first invalid or unknown option.
 */
export function checkCompileOptions(options: unknown): void {
  checkOptions(options, compileOptionRules, "compile()");
  checkSearchWindow(options as CompileOptions, {});
}

/**
 * Checks the options of one run; `compileOptions` are the defaults the run falls back on.
 * @throws CqlRuntimeError (invalidOption) naming the first invalid or unknown option.
 */
export function checkRunOptions(options: unknown, compileOptions: CompileOptions): void {
  checkOptions(options, runOptionRules, "run() and stream()");
  checkSearchWindow(options as RunOptions, compileOptions);
}

function checkOptions(options: unknown, rules: Record<string, OptionRule>, method: string): void {
  if (options === undefined) {
    return;
  }
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw invalidOption(`the options of ${method} must be an object, not ${describe(options)}`);
  }

  for (const name of optionNames(options)) {
    if (!Object.hasOwn(rules, name) && Object.hasOwn(compileOptionRules, name)) {
      throw invalidOption(`option "${name}" is a compile() option: give it to compile(), not to ${method}`);
    }
    if (!Object.hasOwn(rules, name)) {
      const hint = name.length <= MAX_SUGGESTED_NAME ? didYouMean(name, Object.keys(rules)) : "";
      throw invalidOption(`unknown option ${JSON.stringify(truncate(name))} for ${method}.${hint}`);
    }
    checkOption(name, readOption(options, name), rules[name]!);
  }
}

function checkOption(name: string, value: unknown, rule: OptionRule): void {
  // An option set to undefined counts as not set.
  if (value === undefined) {
    return;
  }

  let result: ReturnType<z.ZodType["safeParse"]>;
  try {
    result = rule.schema.safeParse(value);
  } catch (error) {
    throw invalidOption(`option "${name}" could not be read: ${errorMessage(error)}`);
  }

  if (!result.success) {
    const path = result.error.issues[0]?.path ?? [];
    const part = path.length === 0 ? "" : ` (${name}${path.map((key) => `[${JSON.stringify(truncate(String(key)))}]`).join("")} is ${describe(valueAt(value, path))})`;
    throw invalidOption(`invalid option "${name}": expected ${rule.expected}, got ${describe(value)}${part}`);
  }
}

/** Returns the part of `value` at the path of a zod issue. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  try {
    for (const key of path) {
      current = (current as Record<PropertyKey, unknown>)[key];
    }
  } catch {
    return undefined;
  }
  return current;
}

function optionNames(options: object): string[] {
  try {
    return Object.keys(options);
  } catch (error) {
    throw invalidOption(`the options could not be read: ${errorMessage(error)}`);
  }
}

function readOption(options: object, name: string): unknown {
  try {
    return (options as Record<string, unknown>)[name];
  } catch (error) {
    throw invalidOption(`option "${name}" could not be read: ${errorMessage(error)}`);
  }
}

/** The search window must not end before it starts; run options fall back on compile options. */
function checkSearchWindow(options: RunOptions, compileOptions: CompileOptions): void {
  const start = options.start ?? compileOptions.start;
  const end = options.end ?? compileOptions.end;
  if (start !== undefined && end !== undefined && start > end) {
    throw invalidOption(`invalid options "start" and "end": the search window starts (${start}) after it ends (${end})`);
  }
}

function invalidOption(message: string): CqlRuntimeError {
  return new CqlRuntimeError({ code: ErrorCodes.invalidOption, message });
}

/** Names a value for a message without running any of its code (no toString, no getters). */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";

  switch (typeof value) {
    case "string":
      return JSON.stringify(truncate(value));
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      return describeObject(value);
    default:
      return `a ${typeof value}`;
  }
}

function describeObject(value: object): string {
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    const name = (prototype as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === "string" && name !== "" && name !== "Object" ? `a ${name} object` : "an object";
  } catch {
    return "an object";
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
