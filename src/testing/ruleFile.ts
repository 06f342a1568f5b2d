/**
 * Reads rule files: YAML with a rule's metadata, its CQL query and its tests. Problems are
 * reported with the file, line and column of the offending key or value.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { didYouMean } from "../analysis/suggest.js";
import { parseTimeOption } from "../cli/time.js";
import type { RunOptions } from "../index.js";
import {
  outputAssertionSchema,
  ruleFileSchema,
  ruleTestSchema,
  type OutputAssertionData,
  type RuleFileData,
  type RuleTestData,
} from "./schema.js";

/** The source of a rule test's events or expected rows: inline values or a file. */
export type DataSource<T> = { inline: T[] } | { file: string };

/** Assertions on one output event, addressed by its index in the output. */
export interface OutputAssertion {
  outputEventIndex: number;
  /** Fields that must be present with exactly these values. */
  fieldsHaveValues: [field: string, value: string][];
  fieldsNotPresent: string[];
}

export interface RuleTest {
  name: string;
  /** Position in the rule's `tests:` list, from 0. */
  index: number;
  /** 1-based line of the test in the rule file. */
  line: number | undefined;
  events: DataSource<Record<string, unknown> | string>;
  /** Time, search window, time zone, parameters and input options; lookup files are in `lookups`. */
  options: RunOptions;
  /** Lookup file name in the query → absolute path. */
  lookups: Record<string, string>;
  match: boolean | undefined;
  count: number | undefined;
  expect: OutputAssertion[];
  rows: DataSource<Record<string, string>> | undefined;
  ordered: boolean;
}

export interface Rule {
  /** The rule file's path as given. */
  file: string;
  name: string;
  /** The metadata fields as written (name, mitre_ids, description, author, ...). */
  metadata: Omit<RuleFileData, "cql" | "tests">;
  cql: string;
  /** 1-based line where the query text starts in the rule file, for diagnostics. */
  cqlLine: number | undefined;
  tests: RuleTest[];
}

export interface RuleFileProblem {
  line: number | undefined;
  column: number | undefined;
  message: string;
}

/** A rule file that cannot be read, is not valid YAML, or does not follow the rule file format. */
export class RuleFileError extends Error {
  override readonly name = "RuleFileError";

  constructor(
    readonly file: string,
    readonly problems: readonly RuleFileProblem[],
  ) {
    super(problems.map((problem) => formatProblem(file, problem)).join("\n"));
  }
}

function formatProblem(file: string, problem: RuleFileProblem): string {
  const location = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return `${location}: ${problem.message}`;
}

/**
 * Reads and validates a rule file.
 * @throws RuleFileError naming every problem found.
 */
export async function loadRuleFile(path: string): Promise<Rule> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    throw new RuleFileError(path, [{ line: undefined, column: undefined, message: `cannot read the rule file: ${reason}` }]);
  }
  return parseRuleFile(text, path);
}

/** Parsed YAML with its line index, for locating problems. */
export interface YamlSource {
  document: Document;
  lines: LineCounter;
}

/** Parses YAML text, keeping positions. @throws RuleFileError for invalid YAML. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });

  if (document.errors.length > 0) {
    throw new RuleFileError(
      file,
      document.errors.map((error) => {
        const position = lines.linePos(error.pos[0]);
        return { line: position.line, column: position.col, message: `invalid YAML: ${firstLine(error.message)}` };
      }),
    );
  }
  return { document, lines };
}

/**
 * Validates rule file text. Paths inside it (events, rows, lookups) resolve against the
 * directory of `file`.
 * @throws RuleFileError naming every problem found.
 */
export function parseRuleFile(text: string, file: string): Rule {
  const source = parseYamlSource(text, file);
  const raw: unknown = source.document.toJS({ maxAliasCount: 100 });
  const parsed = ruleFileSchema.safeParse(raw);

  if (!parsed.success) {
    throw new RuleFileError(file, parsed.error.issues.map((issue) => describeIssue(issue, source)));
  }

  const problems: RuleFileProblem[] = [];
  const directory = dirname(file);
  const rawTests = (raw as { tests?: RawTest[] }).tests ?? [];
  const tests = (parsed.data.tests ?? []).map((test, index) => buildTest(test, rawTests[index] as RawTest, index, directory, source, problems));
  if (problems.length > 0) {
    throw new RuleFileError(file, problems);
  }

  const { cql, tests: _tests, ...metadata } = parsed.data;
  return {
    file,
    name: parsed.data.name,
    metadata,
    cql,
    cqlLine: blockStartLine(source, ["cql"]),
    tests,
  };
}

/** Tells whether parsed YAML looks like a rule file: a mapping with a `cql` key. */
export function looksLikeRuleFile(source: YamlSource): boolean {
  const contents = source.document.contents;
  return isMap(contents) && contents.has("cql");
}

/**
 * A test as YAML parsed it. Events, rows and field values are taken from here rather than from
 * zod's validated copy, because zod drops a `__proto__` key and such a key is an ordinary field.
 */
interface RawTest {
  events: unknown;
  rows?: unknown;
  expect?: RawAssertion[];
}

interface RawAssertion {
  fieldsHaveValues?: unknown;
  assertions?: { fieldsHaveValues?: unknown };
}

function buildTest(data: RuleTestData, raw: RawTest, index: number, directory: string, source: YamlSource, problems: RuleFileProblem[]): RuleTest {
  const path = ["tests", index];
  const options: RunOptions = {};

  for (const name of ["now", "start", "end"] as const) {
    const value = data[name];
    if (value === undefined) continue;

    const parsed = typeof value === "number" ? value : parseTimeOption(name, value);
    if (typeof parsed === "number") {
      options[name] = parsed;
    } else {
      problems.push(problemAt(source, [...path, name], `invalid ${name} ${JSON.stringify(value)}: expected epoch milliseconds or an ISO-8601 time such as 2024-05-06T08:00:00Z`));
    }
  }

  if (data.timezone !== undefined) options.timezone = data.timezone;
  if (data.tags !== undefined) options.tags = data.tags;
  if (data.timestampField !== undefined) options.timestampField = data.timestampField;
  if (data.parameters !== undefined) options.parameters = Object.fromEntries(Object.entries(data.parameters).map(([name, value]) => [name, String(value)]));

  if (data.match === undefined && data.count === undefined && data.expect === undefined && data.rows === undefined) {
    problems.push(problemAt(source, path, `test "${data.name}" checks nothing: give match, count, expect or rows`));
  }

  return {
    name: data.name,
    index,
    line: lineOf(source, path),
    events: typeof data.events === "string" ? { file: resolve(directory, data.events) } : { inline: raw.events as (Record<string, unknown> | string)[] },
    options,
    lookups: Object.fromEntries(Object.entries(data.lookups ?? {}).map(([name, file]) => [name, resolve(directory, file)])),
    match: data.match,
    count: data.count,
    expect: (data.expect ?? []).map((entry, position) => normaliseAssertion(entry, raw.expect?.[position], position)),
    rows: rowsSource(data.rows, raw.rows, directory),
    ordered: data.ordered ?? false,
  };
}

function rowsSource(rows: RuleTestData["rows"], raw: unknown, directory: string): RuleTest["rows"] {
  if (rows === undefined) return undefined;
  if (typeof rows === "string") return { file: resolve(directory, rows) };
  return { inline: (raw as unknown[]).map(stringRecord) };
}

/** Merges the flat and the nested (`assertions:`) forms; the index defaults to the list position. */
function normaliseAssertion(entry: OutputAssertionData, raw: RawAssertion | undefined, position: number): OutputAssertion {
  const fieldsHaveValues = [...valuePairs(raw?.fieldsHaveValues), ...valuePairs(raw?.assertions?.fieldsHaveValues)];
  const fieldsNotPresent = [...(entry.fieldsNotPresent ?? []), ...(entry.assertions?.fieldsNotPresent ?? [])];
  return { outputEventIndex: entry.outputEventIndex ?? position, fieldsHaveValues, fieldsNotPresent };
}

/** Reads `{ field: value }` or `[{ fieldName, expectedValue }]` (already validated) as pairs. */
function valuePairs(values: unknown): [string, string][] {
  if (values === undefined || values === null) return [];
  if (Array.isArray(values)) {
    return values.map((entry: { fieldName: string; expectedValue: unknown }) => [entry.fieldName, String(entry.expectedValue)]);
  }
  return Object.entries(values as Record<string, unknown>).map(([field, value]) => [field, String(value)]);
}

/**
 * Copies a YAML mapping of scalars into a record of strings. The source is the YAML value itself,
 * not zod's copy, because zod drops a `__proto__` key and such a key is an ordinary field here.
 */
function stringRecord(values: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
    Object.defineProperty(record, name, { value: String(value), enumerable: true, writable: true, configurable: true });
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Locating problems in the YAML text

function describeIssue(issue: z.core.$ZodIssue, source: YamlSource): RuleFileProblem {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");

  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(path);
    const key = issue.keys[0] as string;
    const others = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((name) => `"${name}"`).join(", ")})` : "";
    const hint = didYouMean(key, known);
    return problemAt(source, [...path, key], `unknown key "${key}"${others} in ${describePath(path)}.${hint} Known keys: ${known.join(", ")}`, true);
  }

  if (issue.code === "invalid_type" && !source.document.hasIn(path)) {
    return problemAt(source, path.slice(0, -1), `missing ${describePath(path)}`);
  }

  return problemAt(source, path, `${describePath(path)}: ${issue.message}`);
}

/** Lists the keys the format allows at an object path, for unknown-key messages. */
function knownKeys(path: readonly (string | number)[]): string[] {
  if (path.length === 0) return Object.keys(ruleFileSchema.shape);
  if (path.length === 2) return Object.keys(ruleTestSchema.shape);
  if (path[path.length - 1] === "assertions") return ["fieldsHaveValues", "fieldsNotPresent"];
  if (path.includes("fieldsHaveValues")) return ["fieldName", "expectedValue"];
  return Object.keys(outputAssertionSchema.shape);
}

/** Names a path the way a reader finds it in the file: `tests[2].expect[0].fieldsNotPresent`. */
function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "the rule file";

  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? key : `.${key}`;
  }
  return text;
}

function problemAt(source: YamlSource, path: readonly (string | number)[], message: string, atKey = false): RuleFileProblem {
  const node = nodeAt(source, path, atKey);
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: undefined, column: undefined, message };

  const position = source.lines.linePos(offset);
  return { line: position.line, column: position.col, message };
}

function lineOf(source: YamlSource, path: readonly (string | number)[]): number | undefined {
  const offset = nodeAt(source, path, false)?.range?.[0];
  return offset === undefined ? undefined : source.lines.linePos(offset).line;
}

/**
 * Returns the line where a literal block's text starts (the line after `cql: |`), so a position
 * in the query maps to a line of the file. Other scalar styles give undefined: their lines do not map.
 */
export function blockStartLine(source: YamlSource, path: readonly (string | number)[]): number | undefined {
  const node = nodeAt(source, path, false);
  if (!isScalar(node) || (node.type !== "BLOCK_LITERAL") || node.range === undefined || node.range === null) return undefined;
  return source.lines.linePos(node.range[0]).line + 1;
}

/** Finds the node at a path; with `atKey`, the key node of the last step. */
function nodeAt(source: YamlSource, path: readonly (string | number)[], atKey: boolean): Node | undefined {
  let node: unknown = source.document.contents;
  let found: Node | undefined = node as Node | undefined;

  for (const [position, key] of path.entries()) {
    const last = position === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair === undefined) return found;
      if (last && atKey) return pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
    } else {
      return found;
    }
    if (node !== null && node !== undefined) found = node as Node;
  }

  return found;
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
