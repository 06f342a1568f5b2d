/**
 * `cql check FILE...`: parses and analyses queries without running them, and prints every
 * problem as `file:line:col: message` with the source line and a caret. A `.cql` file (or any
 * file that is not YAML) contains one query; in a `.yaml`/`.yml` rule file every `cql:` field is
 * checked, and positions point into the YAML file.
 */
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { isScalar, parseDocument, Scalar, visit } from "yaml";
import { CqlError, CqlPositionedError, CqlSyntaxError, compile, formatDiagnostic } from "../index.js";

export const CHECK_USAGE = `Usage:
  cql check FILE...

Checks each query file (or each cql: field of a .yaml/.yml rule file) for syntax errors and
for what LogScale would reject: unknown functions, invalid arguments, misplaced aggregates.
Problems go to standard error; the exit status is 1 when there is any, 0 otherwise.
`;

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

export interface CheckStreams {
  stdout: Writable;
  stderr: Writable;
}

/** A query found in a file, with the way back from query offsets to file offsets. */
interface FoundQuery {
  text: string;
  /** Maps an offset in `text` to an offset in the file. */
  toFileOffset: (offset: number) => number;
}

/** Runs `cql check` with the arguments after `check`; returns the exit status. */
export async function runCheck(args: readonly string[], streams: CheckStreams): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    streams.stdout.write(CHECK_USAGE);
    return EXIT_OK;
  }
  const option = args.find((arg) => arg.startsWith("-"));
  if (args.length === 0 || option !== undefined) {
    const problem = option === undefined ? "missing FILE" : `unknown option "${option}"`;
    streams.stderr.write(`cql check: ${problem}\n\n${CHECK_USAGE}`);
    return EXIT_USAGE;
  }

  let problems = 0;
  for (const file of args) {
    problems += await checkFile(file, (text) => streams.stderr.write(`${text}\n`));
  }

  streams.stderr.write(`cql check: ${countOf(problems, "problem")} in ${countOf(args.length, "file")}\n`);
  return problems === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/** Writes "no problems", "1 problem" or "3 problems". */
function countOf(count: number, noun: string): string {
  if (count === 0) return `no ${noun}s`;
  if (count === 1) return `1 ${noun}`;
  return `${count} ${noun}s`;
}

/** Checks one file and reports its problems; returns how many there were. */
async function checkFile(file: string, report: (text: string) => void): Promise<number> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    report(`${file}: cannot read the file: ${describeFileError(error)}`);
    return 1;
  }

  if (!/\.ya?ml$/i.test(file)) {
    return checkQuery(file, source, { text: source, toFileOffset: (offset) => offset }, report);
  }

  const document = parseDocument(source);
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const position = error.linePos?.[0];
      const where = position ? `${file}:${position.line}:${position.col}` : file;
      report(`${where}: invalid YAML: ${error.message.split("\n")[0]}`);
    }
    return document.errors.length;
  }

  const queries = findQueries(document, source);
  if (queries.length === 0) {
    report(`${file}: no cql: field found; a rule file keeps its query in a cql: field`);
    return 1;
  }

  let problems = 0;
  for (const query of queries) {
    problems += checkQuery(file, source, query, report);
  }
  return problems;
}

/** Compiles one query and reports each problem at its place in the file. */
function checkQuery(file: string, source: string, query: FoundQuery, report: (text: string) => void): number {
  const errors = compileErrors(query.text, file);
  for (const error of errors) {
    report(error instanceof CqlPositionedError ? formatDiagnostic(relocate(error, file, source, query)) : `${file}: ${error.message}`);
  }
  return errors.length;
}

/** Collects the errors compile() reports for a query: all syntax errors, or the first analysis error. */
function compileErrors(text: string, file: string): CqlError[] {
  try {
    compile(text, { file });
    return [];
  } catch (error) {
    if (error instanceof CqlSyntaxError) return [...error.errors];
    if (error instanceof CqlError) return [error];
    throw error;
  }
}

/** Copies an error with its position moved from the query text into the whole file. */
function relocate(error: CqlPositionedError, file: string, source: string, query: FoundQuery): CqlPositionedError {
  const start = query.toFileOffset(error.offset);
  const end = query.toFileOffset(error.offset + error.length);
  const { line, column } = lineAndColumn(source, start);

  return new CqlPositionedError({
    code: error.code,
    message: relocateMessage(error.message, query, source),
    source,
    file,
    offset: start,
    length: Math.max(0, end - start),
    line,
    column,
  });
}

/** Messages name other places as `opened at line:column` of the query; point those into the file too. */
function relocateMessage(message: string, query: FoundQuery, source: string): string {
  return message.replace(/opened at (\d+):(\d+)/g, (_, line: string, column: string) => {
    const offset = offsetOf(query.text, Number(line), Number(column));
    const place = lineAndColumn(source, query.toFileOffset(offset));
    return `opened at ${place.line}:${place.column}`;
  });
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    lineStart = text.indexOf("\n", lineStart) + 1;
  }
  return lineStart + column - 1;
}

// ---------------------------------------------------------------------------------------------
// YAML rule files

/** Finds the string value of every `cql:` key in the document, in document order. */
function findQueries(document: ReturnType<typeof parseDocument>, source: string): FoundQuery[] {
  const queries: FoundQuery[] = [];
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "cql") return;
      if (!isScalar(pair.value) || typeof pair.value.value !== "string" || !pair.value.range) return;
      queries.push({ text: pair.value.value, toFileOffset: offsetMapper(pair.value as Scalar<string>, source) });
    },
  });
  return queries;
}

/**
 * Builds the map from offsets in a YAML string value to offsets in the file. A literal block
 * (`cql: |`) maps exactly: query line k is content line k, shifted by the block's indentation.
 * Other styles are aligned character by character, skipping the indentation, line breaks and
 * escape characters that YAML removes.
 */
function offsetMapper(scalar: Scalar<string>, source: string): (offset: number) => number {
  const [start, end] = scalar.range!;
  if (scalar.type === Scalar.BLOCK_LITERAL) return literalBlockMapper(scalar.value, source, start);
  return alignedMapper(scalar.value, source, scalar.type === Scalar.PLAIN ? start : start + 1, end);
}

function literalBlockMapper(value: string, source: string, headerStart: number): (offset: number) => number {
  const contentStart = source.indexOf("\n", headerStart) + 1;
  const firstLine = /^(?:[ \t]*\r?\n)*( *)/.exec(source.slice(contentStart));
  const indent = firstLine?.[1]?.length ?? 0;
  const lineStarts = [contentStart];
  for (let i = contentStart; i < source.length; i++) {
    if (source[i] === "\n") lineStarts.push(i + 1);
  }

  return (offset) => {
    const before = value.slice(0, offset);
    const line = before.split("\n").length - 1;
    const column = offset - (before.lastIndexOf("\n") + 1);
    const lineStart = lineStarts[Math.min(line, lineStarts.length - 1)]!;
    const lineEnd = source.indexOf("\n", lineStart) === -1 ? source.length : source.indexOf("\n", lineStart);
    return Math.min(lineStart + indent + column, lineEnd);
  };
}

function alignedMapper(value: string, source: string, from: number, to: number): (offset: number) => number {
  const map: number[] = [];
  let position = from;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    while (position < to && source[position] !== char && /[\s\\'"]/.test(source[position]!)) position++;
    map.push(position);
    // A character YAML wrote as an escape (`\n`, `\t`) occupies more than one source character.
    position = source[position] === char ? position + 1 : position + 2;
  }
  map.push(Math.min(position, to));

  return (offset) => map[Math.min(offset, map.length - 1)]!;
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}
