/**
 * Vitest matchers for CQL rules, exported as `logscale-cql/vitest`. Importing the module adds
 * them to `expect`:
 *
 * ```ts
 * import "logscale-cql/vitest";
 * expect(rule).toMatchEvents(scanEvents);
 * expect(rule).not.toMatchEvents(benignEvents);
 * expect(query).toProduce([{ host: "a", _count: "2" }], { events });
 * await describeRuleFile("rules/high-port-count.yaml"); // one vitest test per rule test
 * ```
 *
 * A subject is query text, a compiled query, or a rule read by `loadRuleFile`. `toProduce` also
 * takes a finished result or an array of rows. When `toMatchEvents` fails, its message shows the
 * events in and out of each stage and where the query lost the event that got furthest.
 */
import { describe, expect, it } from "vitest";
import { compile, CqlError, type CompiledQuery, type InputEvent, type QueryResult, type RunOptions } from "../index.js";
import { compareRows, plural, showRow, type Row } from "./compare.js";
import { formatExplanation } from "./explainText.js";
import { loadRuleFile, type Rule } from "./ruleFile.js";
import { DataCache, formatError, runRuleTest } from "./runner.js";

export { loadRuleFile, parseRuleFile, RuleFileError, type Rule, type RuleTest, type OutputAssertion } from "./ruleFile.js";
export { runRuleTests, runRuleTest, type TestResult } from "./runner.js";
export { checkOutput, compareRows, type Expectations, type Row } from "./compare.js";

/** Query text, a compiled query, or a loaded rule. */
export type QuerySubject = string | CompiledQuery | Rule;

export interface ProduceOptions extends RunOptions {
  /** The events to run a query subject over; not needed when the subject is a result or rows. */
  events?: Iterable<InputEvent>;
  /** Compare in order; by default rows are compared as a multiset. */
  ordered?: boolean;
  /** Compare only the fields each expected row lists. */
  partial?: boolean;
}

interface CqlMatchers<R = unknown> {
  /** Passes when the query produces at least one output event over `events`. */
  toMatchEvents(events: Iterable<InputEvent>, options?: RunOptions): R;
  /** Passes when the output is exactly `rows` (as a multiset unless `ordered`). */
  toProduce(rows: readonly Row[], options?: ProduceOptions): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type -- vitest's own declaration
  interface Matchers<T = any> extends CqlMatchers<T> {}
}

interface MatcherContext {
  isNot: boolean;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Rows shown in full in a message at most. */
const MAX_LISTED_DIFFERENCES = 10;

export const cqlMatchers = {
  toMatchEvents(this: MatcherContext, received: unknown, events: Iterable<InputEvent>, options: RunOptions = {}): MatcherResult {
    const query = toQuery(received, "toMatchEvents");
    const input = [...events];
    const output = query.run(input, options).events;

    if (output.length > 0) {
      return {
        pass: true,
        message: () => `expected the query not to match, but it produced ${plural(output.length, "event")}; the first: ${showRow(output[0] as Row)}`,
      };
    }

    return {
      pass: false,
      message: () => {
        const explanation = query.run(input, { ...options, explain: true }).explanation;
        const details = explanation === undefined ? "" : `\n\n${formatExplanation(explanation)}`;
        return `expected the query to match, but it produced no output${details}`;
      },
    };
  },

  toProduce(this: MatcherContext, received: unknown, rows: readonly Row[], options: ProduceOptions = {}): MatcherResult {
    const { events, ordered = false, partial = false, ...runOptions } = options;
    const output = outputOf(received, events, runOptions);
    const differences = compareRows(rows, output, ordered, partial);

    if (differences.length === 0) {
      return { pass: true, message: () => `expected the output not to be these ${plural(rows.length, "row")}, but it is` };
    }

    const listed = differences.slice(0, MAX_LISTED_DIFFERENCES).map((line) => `  - ${line}`);
    const more = differences.length > MAX_LISTED_DIFFERENCES ? [`  ...and ${differences.length - MAX_LISTED_DIFFERENCES} more differences`] : [];
    return {
      pass: false,
      message: () => [`expected the query to produce the given rows, but ${differences[0]}`, ...listed, ...more].join("\n"),
    };
  },
};

expect.extend(cqlMatchers);

/**
 * Registers a vitest `describe` block with one test per test of a rule file, so rule tests run
 * with the rest of a vitest suite. Call it at the top level of a test file: `await describeRuleFile(path)`.
 * @throws RuleFileError when the file is not a valid rule file.
 */
export async function describeRuleFile(path: string): Promise<void> {
  const rule = await loadRuleFile(path);
  const cache = new DataCache();

  describe(`${rule.name} (${path})`, () => {
    for (const test of rule.tests) {
      it(test.name, async () => {
        const result = await runRuleTest(rule, test, toQuery(rule, "describeRuleFile"), cache);
        if (!result.passed) throw new Error(result.failures.join("\n"));
      });
    }
  });
}

const compiledRules = new WeakMap<Rule, CompiledQuery>();

function toQuery(subject: unknown, matcher: string): CompiledQuery {
  if (typeof subject === "string") return compileOrExplain(subject, undefined);
  if (isCompiledQuery(subject)) return subject;

  if (isRule(subject)) {
    let query = compiledRules.get(subject);
    if (query === undefined) {
      query = compileOrExplain(subject.cql, `${subject.file} (cql)`);
      compiledRules.set(subject, query);
    }
    return query;
  }

  throw new TypeError(`${matcher}() expects query text, a compiled query or a rule from loadRuleFile(), got ${describeValue(subject)}`);
}

/** Compiles a query; a query error becomes an error whose message shows the position. */
function compileOrExplain(text: string, file: string | undefined): CompiledQuery {
  try {
    return compile(text, file === undefined ? {} : { file });
  } catch (error) {
    if (error instanceof CqlError) throw new Error(`the query does not compile:\n${formatError(error)}`);
    throw error;
  }
}

function outputOf(received: unknown, events: Iterable<InputEvent> | undefined, options: RunOptions): Row[] {
  if (Array.isArray(received)) return received as Row[];
  if (isQueryResult(received)) return received.events;

  if (events === undefined) {
    throw new TypeError("toProduce() needs { events } to run a query; or pass it the result of query.run(events)");
  }
  return toQuery(received, "toProduce").run(events, options).events;
}

function isCompiledQuery(value: unknown): value is CompiledQuery {
  return typeof value === "object" && value !== null && typeof (value as CompiledQuery).run === "function" && typeof (value as CompiledQuery).text === "string";
}

function isRule(value: unknown): value is Rule {
  return typeof value === "object" && value !== null && typeof (value as Rule).cql === "string" && Array.isArray((value as Rule).tests);
}

function isQueryResult(value: unknown): value is QueryResult {
  return typeof value === "object" && value !== null && Array.isArray((value as QueryResult).events) && Array.isArray((value as QueryResult).warnings);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object of another kind" : typeof value;
}
