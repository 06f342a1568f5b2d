/**
 * Parses the command line into a `CliCommand`, or a usage error. Nothing here reads files.
 */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { OUTPUT_FORMATS, type OutputFormat } from "./output.js";
import { parseTimeZone } from "../functions/time/zone.js";
import { parseTimeOption } from "./time.js";

export interface RunCommand {
  kind: "run";
  /** The query file, or undefined with `-q`. */
  queryFile: string | undefined;
  /** The query text given with `-q`. */
  queryText: string | undefined;
  eventFiles: string[];
  /** The format requested with `--format`; undefined means "pick from the terminal". */
  format: OutputFormat | undefined;
  skipInvalid: boolean;
  tags: string[];
  timestampField: string | undefined;
  now: number | undefined;
  start: number | undefined;
  end: number | undefined;
  timezone: string | undefined;
  /** Lookup files as name and path. */
  lookups: { name: string; path: string }[];
  /** Directories whose CSV and JSON files are all lookup files. */
  lookupDirs: string[];
  parameters: Record<string, string>;
  /** Path of the MaxMind-format location database for ipLocation(). */
  geoipDb: string | undefined;
  /** Path of the MaxMind-format ASN database for asn(). */
  asnDb: string | undefined;
}

export type CliCommand = { kind: "help" } | { kind: "version" } | RunCommand;

/** A mistake in the command line; the CLI prints it with a hint and exits with status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const OPTIONS = {
  query: { type: "string", short: "q" },
  format: { type: "string", short: "f" },
  "skip-invalid": { type: "boolean" },
  tag: { type: "string", multiple: true },
  "timestamp-field": { type: "string" },
  now: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  timezone: { type: "string" },
  lookup: { type: "string", multiple: true },
  "lookup-dir": { type: "string", multiple: true },
  param: { type: "string", multiple: true },
  "geoip-db": { type: "string" },
  "asn-db": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError && "code" in error) throw new UsageError(error.message);
    throw error;
  }

  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const [command, ...operands] = positionals;
  if (command === undefined) throw new UsageError("missing command: use `cql run QUERY_FILE [EVENTS_FILE...]`");
  if (command === "help") return { kind: "help" };
  if (command !== "run") {
    throw new UsageError(`unknown command "${command}": expected one of run, check, functions, test, explain, lint`);
  }

  return parseRunCommand(values, operands);
}

function parseRunCommand(values: ParsedValues, operands: string[]): RunCommand {
  const queryText = values.query;
  let queryFile: string | undefined;
  if (queryText === undefined) {
    queryFile = operands.shift();
    if (queryFile === undefined) throw new UsageError("missing QUERY_FILE: give a query file or -q 'query text'");
  }

  const start = parseTime("start", values.start);
  const end = parseTime("end", values.end);
  if (start !== undefined && end !== undefined && start > end) {
    throw new UsageError(`invalid --start "${values.start}" and --end "${values.end}": the search window must not end before it starts`);
  }

  return {
    kind: "run",
    queryFile,
    queryText,
    eventFiles: operands,
    format: parseFormat(values.format),
    skipInvalid: values["skip-invalid"] ?? false,
    tags: values.tag ?? [],
    timestampField: values["timestamp-field"],
    now: parseTime("now", values.now),
    start,
    end,
    timezone: parseZone(values.timezone),
    lookups: (values.lookup ?? []).map(parseLookup),
    lookupDirs: values["lookup-dir"] ?? [],
    parameters: parseParameters(values.param ?? []),
    geoipDb: values["geoip-db"],
    asnDb: values["asn-db"],
  };
}

function parseFormat(text: string | undefined): OutputFormat | undefined {
  if (text === undefined) return undefined;

  const format = OUTPUT_FORMATS.find((name) => name === text);
  if (format === undefined) {
    throw new UsageError(`invalid --format "${text}": expected one of ${OUTPUT_FORMATS.join(", ")}`);
  }
  return format;
}

function parseTime(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;

  const result = parseTimeOption(option, text);
  if (typeof result === "number") return result;
  throw new UsageError(result.error);
}

function parseZone(text: string | undefined): string | undefined {
  if (text === undefined || parseTimeZone(text) !== null) return text;
  throw new UsageError(
    `invalid --timezone "${text}": expected an IANA time zone such as Europe/London, UTC, or an offset such as +02:00`,
  );
}

function parseLookup(text: string): { name: string; path: string } {
  const separator = text.indexOf("=");
  if (separator === -1) return { name: basename(text), path: text };

  const name = text.slice(0, separator);
  const path = text.slice(separator + 1);
  if (name === "" || path === "") throw new UsageError(`invalid --lookup "${text}": expected NAME=PATH or PATH`);
  return { name, path };
}

function parseParameters(texts: readonly string[]): Record<string, string> {
  // A null-prototype object, so a parameter called __proto__ is an ordinary entry.
  const parameters: Record<string, string> = Object.create(null);
  for (const text of texts) {
    const separator = text.indexOf("=");
    if (separator <= 0) throw new UsageError(`invalid --param "${text}": expected NAME=VALUE`);
    parameters[text.slice(0, separator)] = text.slice(separator + 1);
  }
  return parameters;
}
