/**
 * The contract between the function registry, analysis and the engine. Every CQL function is one
 * `FunctionDefinition`, declared in its own module under src/functions/<family>/ and listed in the
 * family's index. Analysis reads the arguments as the parameter specs say, validates them with the
 * specs' zod schemas, and hands the result to `compile`, which runs once per query.
 */
import type { z } from "zod";
import type { Expr, Pipeline, Span, Call } from "../syntax/ast.js";
import type { Event } from "../engine/event.js";

/** How LogScale's function index classifies the function. */
export type FunctionKind = "filter" | "transformation" | "aggregate";

/**
 * How analysis reads an argument's syntax before its zod schema checks it.
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

/** Builds a stage that sends its output to `next`. Called once per pipeline instance. */
export type StageFactory = (next: Sink) => Sink;

/** A value computed by an expression; `null` means "no value". */
export type Value = string | number | boolean | null;

export type CompiledExpression = (event: Event) => Value;

/** A compiled pipeline that can be instantiated any number of times (once per group, branch...). */
export interface CompiledPipeline {
  factory: StageFactory;
  /** True when the pipeline only drops or passes events without changing them. */
  pureFilter: boolean;
}

/**
 * What a function compiles to. `stage` is required. A function that only keeps or drops events
 * without changing them also gives `predicate`; a function that yields one value also gives
 * `value`, so it can stand inside an expression (`test(length(f) > 3)`).
 */
export interface CompiledFunction {
  stage: StageFactory;
  predicate?: (event: Event) => boolean;
  value?: CompiledExpression;
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
}

export interface CompileContext {
  /** The run's options; fixed for the life of the compiled query. */
  readonly options: RunOptions;
  /** Compile an expression argument. */
  compileExpression(expr: Expr): CompiledExpression;
  /** Compile a `{ ... }` subquery or other pipeline argument. */
  compilePipeline(pipeline: Pipeline): CompiledPipeline;
  /** Compile the normalised list of an `aggregates` argument into one pipeline per element. */
  compileAggregates(list: Expr[]): CompiledPipeline[];
  /** Raise a query error at a position (argument span or call span). */
  error(message: string, span: Span, code?: string): never;
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
  compile(args: Args, ctx: CompileContext): CompiledFunction;
}
