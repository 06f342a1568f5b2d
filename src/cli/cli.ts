/**
 * The `cql` command. `runCli` takes the streams it uses, so tests can run it in-process, and
 * returns the exit status instead of exiting.
 */
import { readFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { compile, CqlError, type RunOptions } from "../index.js";
import { InputError, readEventFiles, STDIN_PATH } from "../io/index.js";
import { parseCommandLine, UsageError, type RunCommand } from "./args.js";
import { runCheck } from "./check.js";
import { runExplainCommand } from "./explain.js";
import { runFunctions } from "./functions.js";
import { readLookupDirectory } from "./lookupDir.js";
import { runLintCommand } from "./lint.js";
import { runTestCommand } from "./test.js";
import { HELP, USAGE } from "./help.js";
import { createResultWriter } from "./output.js";
import packageJson from "../../package.json" with { type: "json" };

export interface CliStreams {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The name a query gets in diagnostics when it was given with `-q`. */
const INLINE_QUERY_NAME = "<query>";

/** Runs the command line `argv` (without the node and script paths) and returns the exit status. */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  const report = (message: string) => streams.stderr.write(`${message}\n`);

  // `cql check` has its own arguments (files only), so it bypasses the run options.
  if (argv[0] === "check") return runCheck(argv.slice(1), streams);
  if (argv[0] === "functions") return runFunctions(argv.slice(1), streams);
  if (argv[0] === "test") return runTestCommand(argv.slice(1), streams);
  if (argv[0] === "explain") return runExplainCommand(argv.slice(1), streams);
  if (argv[0] === "lint") return runLintCommand(argv.slice(1), streams);

  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    report(`cql: ${error.message}\n\n${USAGE}Run "cql --help" for the options.`);
    return EXIT_USAGE;
  }

  switch (command.kind) {
    case "help":
      streams.stdout.write(HELP);
      return EXIT_OK;
    case "version":
      streams.stdout.write(`${packageJson.version}\n`);
      return EXIT_OK;
    case "run":
      return runQuery(command, streams, report);
  }
}

async function runQuery(command: RunCommand, streams: CliStreams, report: (message: string) => void): Promise<number> {
  const queryName = command.queryFile ?? INLINE_QUERY_NAME;
  const queryText = command.queryText ?? (await readTextFile(command.queryFile!, "query file", report));
  if (queryText === undefined) return EXIT_FAILURE;

  const options = await buildRunOptions(command, report);
  if (options === undefined) return EXIT_FAILURE;
  const warnings: string[] = [];
  options.onWarning = (message) => warnings.push(message);

  let query;
  try {
    query = compile(queryText, { file: queryName });
  } catch (error) {
    if (!(error instanceof CqlError)) throw error;
    report(formatError(error));
    return EXIT_FAILURE;
  }

  const skipped: InputError[] = [];
  const eventFiles = command.eventFiles.length === 0 ? [STDIN_PATH] : command.eventFiles;
  if (eventFiles.includes(STDIN_PATH) && streams.stdin.isTTY) {
    report("cql: reading events from standard input (end with Ctrl-D)");
  }
  const events = readEventFiles(eventFiles, { skipInvalid: command.skipInvalid, onSkip: (error) => skipped.push(error) }, streams.stdin);

  const format = command.format ?? (streams.stdout.isTTY ? "table" : "ndjson");
  const writer = createResultWriter(format, streams.stdout);
  try {
    for await (const row of query.stream(events, options)) await writer.write(row);
    await writer.end();
  } catch (error) {
    if (isBrokenPipe(error)) return EXIT_OK;
    if (!(error instanceof InputError || error instanceof CqlError)) throw error;
    report(formatError(error));
    return EXIT_FAILURE;
  }

  for (const message of warnings) report(`cql: warning: ${message}`);
  if (skipped.length > 0) report(describeSkipped(skipped));
  if (format === "table" && writer.rows === 0) report("cql: no results");
  return EXIT_OK;
}

/** Builds the run options of a command line; on a lookup file that cannot be read it reports and returns undefined. */
export async function buildRunOptions(command: RunCommand, report: (message: string) => void): Promise<RunOptions | undefined> {
  const options: RunOptions = {};
  if (command.now !== undefined) options.now = command.now;
  if (command.start !== undefined) options.start = command.start;
  if (command.end !== undefined) options.end = command.end;
  if (command.timezone !== undefined) options.timezone = command.timezone;
  if (command.tags.length > 0) options.tags = command.tags;
  if (command.timestampField !== undefined) options.timestampField = command.timestampField;
  if (Object.keys(command.parameters).length > 0) options.parameters = command.parameters;
  if (command.geoipDb !== undefined || command.asnDb !== undefined) {
    options.geoDatabases = {
      ...(command.geoipDb === undefined ? {} : { location: command.geoipDb }),
      ...(command.asnDb === undefined ? {} : { asn: command.asnDb }),
    };
  }

  if (command.lookups.length > 0 || command.lookupDirs.length > 0) {
    const files: Record<string, string> = Object.create(null);
    for (const directory of command.lookupDirs) {
      if (!(await readLookupDirectory(directory, files, report))) return undefined;
    }
    for (const lookup of command.lookups) {
      const text = await readTextFile(lookup.path, "lookup file", report);
      if (text === undefined) return undefined;
      files[lookup.name] = text;
    }
    options.files = files;
  }
  return options;
}

/** Reads a UTF-8 file, or reports why it cannot be read and returns undefined. */
async function readTextFile(path: string, role: string, report: (message: string) => void): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    report(`cql: cannot read ${role} ${path}: ${describeFileError(error)}`);
    return undefined;
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}

function formatError(error: InputError | CqlError): string {
  if (error instanceof InputError) return error.format();
  if ("format" in error && typeof error.format === "function") return (error.format as () => string)();
  return error.message;
}

function describeSkipped(skipped: readonly InputError[]): string {
  const noun = skipped.length === 1 ? "record" : "records";
  return `cql: skipped ${skipped.length} invalid input ${noun}; the first: ${skipped[0]!.format()}`;
}

function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EPIPE";
}
