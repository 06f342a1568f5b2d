/**
 * The contract between the function registry, analysis and the engine. Every CQL function is one
 * `FunctionDefinition`, declared in its own module under src/functions/<family>/ and listed in the
 * family's index. Analysis reads the arguments as the parameter specs say, validates them with the
 * specs' zod schemas, and hands the result to `compile`, which runs once per query.
 */
import type { z } from "zod";
import type { Expr, Pipeline, Span, Call } from "../syntax/ast.js";
import type { Event } from "../engine/event.js";
import type { CompiledRegex } from "../engine/regex.js";
import type { ErrorCode } from "../errors/index.js";

/** The class LogScale's function index gives a function. */
export type FunctionKind = "filter" | "transformation" | "aggregate";

/**
 * The reading analysis applies to an argument's syntax before its zod schema checks it.
 *
 * - `string`: a bare word or quoted string, as text (numbers as written).
 * - `strings`: an array of those; a single value becomes a one-element array.
 * - `field` / `fields`: like `string` / `strings`, naming fields.
 * - `number`: a numeric bare word or string becomes a number; other text stays text (so a schema
 *   can accept `max`).
 * - `boolean`: `true` / `false` (bare or quoted) become booleans; other text stays text.
 * - `expression` / `expressions`: the syntax tree, compiled by the function through the context.
 * - `pipeline` / `pipelines`: the `{ ... }` subquery (or array of them) as a syntax tree.
 * - `aggregates`: one aggregate call, a `{ ... }` composite, a `name := agg()` or an array of
 *   those, normalised to a list.
 * - `syntax`: the raw syntax tree, for functions with their own argument grammar.
 */
export type ParamType =
  | "string"
  | "strings"
  | "field"
  | "fields"
  | "number"
  | "boolean"
  | "expression"
  | "expressions"
  | "pipeline"
  | "pipelines"
  | "aggregates"
  | "syntax";

export interface ParamSpec {
  type: ParamType;
  /** Validates the value after it was read; defaults belong here (`.default(...)`). */
  schema: z.ZodType;
  /** One line for the generated function reference. */
  description: string;
  /** Other accepted names for this parameter (e.g. `replacement` for `with`). */
  aliases?: string[];
}

/** A stage of the push-based pipeline. `end()` is called once, after the last `push`. */
export interface Sink {
  push(event: Event): void;
  end(): void;
}

/** The services a stage may use while a query runs; one per run, shared by all its stages. */
export interface RunContext {
  /** Records a warning for the run's result (for example a limit that was reached). */
  warn(message: string): void;
}

/**
 * Builds a stage that sends its output to `next`. Called once per pipeline instance: once per
 * run for a top-level step, once per group for a groupBy() sub-aggregate, and so on.
 */
export type StageFactory = (next: Sink, run: RunContext) => Sink;

/** A value computed by an expression; `null` means "no value". */
export type Value = string | number | boolean | null;

export type CompiledExpression = (event: Event) => Value;

/**
 * The effects a stage has on the events it receives. The engine clones an event before handing it to
 * a stage that modifies or retains it while someone else still needs the original (a `case`
 * branch that may fail, the several sub-aggregates of one groupBy() group).
 */
export interface StageEffects {
  /** The stage may change fields of the events it receives. */
  modifies: boolean;
  /** The stage may drop an event it received. */
  drops: boolean;
  /** The stage may keep an event after `push` returns (blocking stages: sort, tail...). */
  retains: boolean;
}

/**
 * The input fields a stage or pipeline looks at: a set of names, or "all" when it may look at any
 * field (free text, functions that read whole events, or a reader that does not say).
 */
export type FieldUse = ReadonlySet<string> | "all";

/** A compiled pipeline that can be instantiated any number of times (once per group, branch...). */
export interface CompiledPipeline {
  factory: StageFactory;
  /** True when the pipeline only drops or passes events without changing them. */
  pureFilter: boolean;
  /** For a pure filter: the same test as one function, so callers need not build stages. */
  predicate?: (event: Event) => boolean;
  /** The combined effects of the pipeline's stages. */
  effects: StageEffects;
  /** True when a stage may drop an event after an earlier stage changed it. */
  dropsAfterModify: boolean;
  /** For a pipeline of one function call: the fields it writes, when known before running. */
  outputs?: string[];
  /** The fields the pipeline's stages read. */
  reads: FieldUse;
  /**
   * True when the output holds only fields the stages computed (an aggregate such as groupBy()
   * or a projection such as select()), so input fields no stage reads cannot reach the output.
   */
  projects: boolean;
}

/**
 * The compiled form of a function call. `stage` is required. A function that keeps or drops events also
 * gives `predicate`, which must keep exactly the events the stage keeps (ignoring any fields the
 * stage adds); `or`, `not` and match guards use it. A function that yields one value also gives
 * `value`, so it can stand inside an expression (`test(length(f) > 3)`).
 */
export interface CompiledFunction {
  stage: StageFactory;
  predicate?: (event: Event) => boolean;
  value?: CompiledExpression;
  /**
   * The stage's effects on its input, when they differ from the default of the function's kind.
   * By default filters only drop, transformations only modify, and aggregates drop, retain and
   * emit new events.
   */
  effects?: Partial<StageEffects>;
  /** The fields the stage writes, when known before running; used to catch clashing outputs. */
  outputs?: string[];
  /**
   * The input fields the stage reads; "all" (the default) when unknown. Queries whose output
   * cannot carry other input fields skip building them, so a wrong list loses data: list every
   * field the stage reads, or leave it out.
   */
  reads?: FieldUse;
  /** True when the stage's output holds only fields it computed (see CompiledPipeline.projects). */
  projects?: boolean;
  /**
   * True when the stage searches the event as it entered the query, as free text does (read it
   * with `originalOf` from src/engine/event.ts); the engine then keeps that form of each event.
   */
  readsOriginalEvent?: boolean;
}

/** Options every run may set; see the public API for their meaning. */
export interface RunOptions {
  now?: number;
  start?: number;
  end?: number;
  timezone?: string;
  /** Lookup files by name (CSV or JSON text) for `match()`, `readFile()`, `cidr(file=...)`. */
  files?: Record<string, string>;
  /** Saved searches by name, for `$name()` calls. */
  savedSearches?: Record<string, string>;
  /** Values for `?param` query parameters. */
  parameters?: Record<string, string>;
  /**
   * Paths of MaxMind-format (.mmdb) databases: `location` (a City or Country database) for
   * `ipLocation()`, `asn` (an ASN database) for `asn()`.
   */
  geoDatabases?: { location?: string; asn?: string };
  /**
   * Returns the host name of an IP address for `rdns()` and `reverseDns()`, or undefined when it
   * has none. The library never opens a network connection itself, so without a resolver these
   * functions add no host names.
   */
  reverseDns?: (address: string) => string | undefined;
}

export interface CompileContext {
  /** The run's options; fixed for the life of the compiled query. */
  readonly options: RunOptions;
  /** Compile an expression argument. */
  compileExpression(expr: Expr): CompiledExpression;
  /** The fields an expression reads (its bare field names and what the calls in it read). */
  expressionReads(expr: Expr): FieldUse;
  /** Compile a `{ ... }` subquery or other pipeline argument. */
  compilePipeline(pipeline: Pipeline): CompiledPipeline;
  /** Compile the normalised list of an `aggregates` argument into one pipeline per element. */
  compileAggregates(list: Expr[]): CompiledPipeline[];
  /** Compile a LogScale regex; an invalid pattern or flag becomes a query error at `span`. */
  compileRegex(source: string, flags: string, span: Span, options?: { allowGlobalFlag?: boolean }): CompiledRegex;
  /** The span of the argument bound to parameter `name`, or the call's span when it was not given. */
  argumentSpan(name: string): Span;
  /** Whether the query gave parameter `name` (rather than leaving it to its default). */
  isGiven(name: string): boolean;
  /**
   * True when the call is under `not` / `!` and has no `predicate` the engine could negate, so
   * the function must build a stage that keeps exactly the events it would otherwise drop.
   */
  readonly negated: boolean;
  /**
   * True when an aggregate runs earlier in the same pipeline. Its output order is then the order
   * that head() and tail() count in (query-howto-limiting), not the events' timestamps.
   */
  readonly afterAggregate: boolean;
  /** Raise a query error at a position (argument span or call span). */
  error(message: string, span: Span, code?: ErrorCode): never;
  /** Record a warning (for example a limit that was reached). */
  warn(message: string): void;
  /** The call being compiled. */
  readonly call: Call;
}

export interface FunctionDefinition<Args = Record<string, unknown>> {
  /** The name as LogScale's docs write it: `groupBy`, `text:contains`. */
  name: string;
  aliases?: string[];
  kind: FunctionKind;
  /** The LogScale docs page name, e.g. `functions-groupby`. */
  docsPage: string;
  /** One line, in our own words, for the generated reference. */
  summary: string;
  /** The parameter an unnamed argument binds to. */
  defaultParam?: string;
  params: Record<string, ParamSpec>;
  /** Whether `!f(...)` / `not f(...)` is allowed. */
  negatable?: boolean;
  /**
   * The function reads its argument list itself (`eval(a = 1, b = c + 1)` names its targets as
   * arguments). Analysis then passes `{ arguments: Arg[] }` instead of checking `params`, and
   * still binds the calls nested in the argument expressions.
   */
  rawArguments?: boolean;
  compile(args: Args, ctx: CompileContext): CompiledFunction;
}
