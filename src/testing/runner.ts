/**
 * Runs the tests of a rule file: compiles the rule's query once, runs it over each test's
 * events with the test's options, and checks the output against the test's expectations.
 */
import { readFile } from "node:fs/promises";
import { compile, CqlError, fromJson, toPlainObject, type CompiledQuery, type InputEvent, type JsonValue, type RunOptions } from "../index.js";
import { InputError, readEventFiles } from "../io/index.js";
import { checkOutput, type Row } from "./compare.js";
import type { DataSource, Rule, RuleTest } from "./ruleFile.js";

export interface TestResult {
  rule: Rule;
  test: RuleTest;
  passed: boolean;
  /** One message per failed check, or the reason the test could not run. */
  failures: string[];
  /** The query's output; undefined when the test could not run. */
  output: Row[] | undefined;
  /** Warnings of the run (a limit reached, ...). */
  warnings: string[];
  durationMs: number;
}

/** Files read once per session: tests that share an events file do not read it again. */
export class DataCache {
  private readonly events = new Map<string, Promise<Record<string, unknown>[]>>();
  private readonly texts = new Map<string, Promise<string>>();

  /** Reads an NDJSON or JSON array file of events. @throws InputError */
  readEvents(path: string): Promise<Record<string, unknown>[]> {
    let cached = this.events.get(path);
    if (cached === undefined) {
      cached = collect(readEventFiles([path]));
      this.events.set(path, cached);
    }
    return cached;
  }

  readText(path: string): Promise<string> {
    let cached = this.texts.get(path);
    if (cached === undefined) {
      cached = readFile(path, "utf8");
      this.texts.set(path, cached);
    }
    return cached;
  }

  /** Drops a file from the cache after it was rewritten. */
  forget(path: string): void {
    this.events.delete(path);
    this.texts.delete(path);
  }
}

/** Runs every test of a rule, in file order. */
export async function runRuleTests(rule: Rule, cache = new DataCache()): Promise<TestResult[]> {
  let query: CompiledQuery | undefined;
  let compileError: string | undefined;

  try {
    query = compile(rule.cql, { file: `${rule.file} (cql)` });
  } catch (error) {
    if (!(error instanceof CqlError)) throw error;
    const where = rule.cqlLine === undefined ? "" : ` (it starts at line ${rule.cqlLine} of the rule file)`;
    compileError = `the query does not compile${where}:\n${formatError(error)}`;
  }

  const results: TestResult[] = [];
  for (const test of rule.tests) {
    if (query === undefined) {
      results.push({ rule, test, passed: false, failures: [compileError as string], output: undefined, warnings: [], durationMs: 0 });
    } else {
      results.push(await runRuleTest(rule, test, query, cache));
    }
  }
  return results;
}

/** Runs one test with an already compiled query. */
export async function runRuleTest(rule: Rule, test: RuleTest, query: CompiledQuery, cache = new DataCache()): Promise<TestResult> {
  const started = performance.now();
  const finish = (failures: string[], output: Row[] | undefined, warnings: string[] = []): TestResult => ({
    rule,
    test,
    passed: failures.length === 0,
    failures,
    output,
    warnings,
    durationMs: performance.now() - started,
  });

  let input: { events: InputEvent[]; options: RunOptions };
  try {
    input = await prepareInput(test, cache);
  } catch (error) {
    return finish([`cannot read the test data: ${describeReadError(error)}`], undefined);
  }

  let result;
  try {
    result = query.run(input.events, input.options);
  } catch (error) {
    if (!(error instanceof CqlError)) throw error;
    return finish([`the run failed: ${formatError(error)}`], undefined);
  }

  // The rows are read after the run, so that `--update` can create a rows file that is missing.
  let rows: Row[] | undefined;
  try {
    rows = test.rows === undefined ? undefined : await loadRows(test.rows, cache);
  } catch (error) {
    return finish([`cannot read the expected rows: ${describeReadError(error)}`], result.events, result.warnings);
  }

  const failures = checkOutput(result.events, { ...test, rows });
  return finish(failures, result.events, result.warnings);
}

/** Reads a test's events and lookup files. @throws InputError or a file error */
export async function prepareInput(test: RuleTest, cache: DataCache): Promise<{ events: InputEvent[]; options: RunOptions }> {
  const events = await loadSource(test.events, cache);
  const options: RunOptions = { ...test.options };

  const names = Object.keys(test.lookups);
  if (names.length > 0) {
    const files: Record<string, string> = Object.create(null);
    for (const name of names) {
      files[name] = await cache.readText(test.lookups[name] as string);
    }
    options.files = files;
  }

  return { events, options };
}

async function loadSource(source: DataSource<Record<string, unknown> | string>, cache: DataCache): Promise<InputEvent[]> {
  return "inline" in source ? source.inline : cache.readEvents(source.file);
}

/** Expected rows as flat string records, flattened like input events when a file nests values. */
export async function loadRows(source: DataSource<Row>, cache: DataCache): Promise<Row[]> {
  if ("inline" in source) return source.inline;

  const records = await cache.readEvents(source.file);
  return records.map((record) => toPlainObject(fromJson(record as JsonValue)));
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

function describeReadError(error: unknown): string {
  if (error instanceof InputError) return error.format();
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as NodeJS.ErrnoException).path;
  if (code === "ENOENT") return `${path ?? "a file"}: file not found`;
  if (error instanceof Error) return error.message;
  throw error;
}

export function formatError(error: CqlError): string {
  if ("format" in error && typeof error.format === "function") return (error.format as () => string)();
  return error.message;
}
