/**
 * The library API: parse and compile CQL queries and run them over events held in memory or
 * streamed from any (async) iterable.
 *
 * ```ts
 * const query = compile('#event_simpleName=ProcessRollup2 | groupBy(ComputerName)');
 * const { events, warnings } = query.run(arrayOfObjects);
 * for await (const event of query.stream(asyncIterableOfObjects)) { ... }
 * ```
 */
import { analyze, type Analysis } from "./analysis/analyze.js";
import { MissingParameterError, parameterResolver } from "./analysis/arguments.js";
import { checkChainDepth } from "./analysis/chainDepth.js";
import { CqlQueryError, CqlRuntimeError, ErrorCodes } from "./errors/index.js";
import { createBuiltinRegistry } from "./functions/builtins.js";
import type { Registry } from "./functions/registry.js";
import type { RunOptions as EngineRunOptions, Sink } from "./functions/types.js";
import { compilePlan, type QueryPlan } from "./engine/compile.js";
import {
  fromJson,
  rememberOriginal,
  TimestampErrors,
  toPlainObject,
  type Event,
  type InputOptions,
  type InputReport,
  type JsonValue,
} from "./engine/event.js";
import { explainRun, type ExplainOptions, type Explanation } from "./engine/explain.js";
import { WarningCollector } from "./engine/pipeline.js";
import { queryInputRecorder } from "./engine/queryInput.js";
import { checkCompileOptions, checkRunOptions } from "./options.js";
import type { Query } from "./syntax/ast.js";
import { parse as parseQuery } from "./syntax/parser.js";

export * from "./errors/index.js";
export type { Query } from "./syntax/ast.js";
export type * as Ast from "./syntax/ast.js";
export type { Event, InputOptions, JsonValue } from "./engine/event.js";
export { fromJson, toPlainObject } from "./engine/event.js";
export type { EventChooser, EventTrace, ExplainOptions, Explanation, StageReport, TraceStep } from "./engine/explain.js";
export { Registry, type AnyFunctionDefinition } from "./functions/registry.js";
export { builtinFunctions, createBuiltinRegistry } from "./functions/builtins.js";
export type {
  CompileContext,
  CompiledFunction,
  CompiledPipeline,
  FunctionDefinition,
  FunctionKind,
  ParamSpec,
  ParamType,
  RunContext,
  Sink,
  StageFactory,
} from "./functions/types.js";

/**
 * Everything a run depends on besides the events: the time and search window, the time zone,
 * lookup files, saved searches, `?param` values, and how input objects become events.
 */
export interface RunOptions extends EngineRunOptions, InputOptions {
  /** Called with each warning of a `stream()` run when the input ends; `run()` returns them. */
  onWarning?: (message: string) => void;
  /**
   * `run()` only: count the events in and out of every stage and follow one input event to the
   * output or to the stage that dropped it (`result.explanation`). `true` follows, when the
   * output is empty, the event that got furthest. Costs time and keeps the whole input.
   */
  explain?: boolean | ExplainOptions;
}

export interface CompileOptions extends RunOptions {
  /** The file the query came from, for error messages. */
  file?: string;
  /** The functions the query may call; the built-in functions by default. */
  registry?: Registry;
}

/** An input event: a JSON-like object (flattened on input), or a line of text (`@rawstring`). */
export type InputEvent = Record<string, unknown> | string;

export interface QueryResult {
  /** The output events as flat objects of strings. */
  events: Record<string, string>[];
  /** Limits reached and similar notices, each once. */
  warnings: string[];
  /** The stages and the followed event, when the run was given `explain`. */
  explanation?: Explanation;
}

export interface CompiledQuery {
  /** The query text as given. */
  readonly text: string;
  /** The syntax tree. */
  readonly ast: Query;
  /** Runs the query over all `events` and returns the whole result. */
  run(events: Iterable<InputEvent>, options?: RunOptions): QueryResult;
  /**
   * Runs the query over a stream of events and yields output events as soon as they are known:
   * at once for filters and transformations (in constant memory), at the end of the input for
   * aggregates.
   */
  stream(events: AsyncIterable<InputEvent> | Iterable<InputEvent>, options?: RunOptions): AsyncIterable<Record<string, string>>;
}

/**
 * Parses a query into its syntax tree.
 * @throws CqlSyntaxError listing every syntax error found.
 */
export function parse(text: string, options: { file?: string } = {}): Query {
  return parseQuery(text, options);
}

/**
 * Parses and analyses a query once, for any number of runs.
 * @throws CqlSyntaxError when the query does not parse; CqlQueryError when it parses but cannot
 * run (unknown function, invalid argument, misplaced aggregate, invalid regex, chained too
 * deeply...); CqlRuntimeError (invalidOption) for an unknown option or an invalid option value.
 */
export function compile(text: string, options: CompileOptions = {}): CompiledQuery {
  checkCompileOptions(options);
  const ast = parseQuery(text, options.file === undefined ? {} : { file: options.file });
  checkChainDepth(ast, text, options.file);
  const registry = options.registry ?? createBuiltinRegistry();
  return new QueryRunner(text, ast, registry, options);
}

/**
 * Analyses the syntax tree with the given saved searches and `?param` values.
 * @throws CqlQueryError for the first problem found.
 */
function analyzeQuery(text: string, ast: Query, registry: Registry, options: CompileOptions): Analysis {
  return analyze(ast, {
    registry,
    source: text,
    ...(options.file === undefined ? {} : { file: options.file }),
    resolveParameter: parameterResolver(options.parameters),
    ...(options.savedSearches === undefined ? {} : { savedSearches: options.savedSearches }),
  });
}

/** Run options that change how the query compiles (the rest only shape the input). */
const PLAN_OPTIONS = ["now", "start", "end", "timezone", "files", "savedSearches", "parameters", "geoDatabases", "reverseDns"] as const;

class QueryRunner implements CompiledQuery {
  /** The analysis with the compile options; undefined while it waits for saved searches a run supplies. */
  private readonly analysis: Analysis | undefined;
  private readonly defaultPlan: QueryPlan | undefined;

  constructor(
    readonly text: string,
    readonly ast: Query,
    private readonly registry: Registry,
    private readonly compileOptions: CompileOptions,
  ) {
    this.analysis = analyzeUnlessSavedSearchMissing(text, ast, registry, compileOptions);
    this.defaultPlan =
      this.analysis === undefined ? undefined : compileUnlessParameterMissing(this.analysis, engineOptions(compileOptions, {}));
  }

  run(events: Iterable<InputEvent>, options: RunOptions = {}): QueryResult {
    checkRunOptions(options, this.compileOptions);
    if (options.explain !== undefined && options.explain !== false) {
      return this.runExplained(events, options, options.explain === true ? {} : options.explain);
    }

    const plan = this.planFor(options);
    const input = inputOptions(this.compileOptions, options, plan);
    const warnings = startWarnings(plan);
    const timestamps = new TimestampErrors();
    const output: Event[] = [];
    const collect: Sink = { push: (event) => output.push(event), end: () => {} };

    const sink = plan.pipeline.factory(collect, warnings);
    const recordInput = queryInputRecorder(warnings);

    let index = 0;
    for (const item of events) {
      const event = toEvent(item, input, plan, index++, timestamps);
      recordInput?.(event);
      sink.push(event);
    }
    sink.end();
    warnAboutInput(warnings, timestamps, input);

    return { events: output.map(toPlainObject), warnings: warnings.warnings };
  }

  async *stream(events: AsyncIterable<InputEvent> | Iterable<InputEvent>, options: RunOptions = {}): AsyncGenerator<Record<string, string>> {
    checkRunOptions(options, this.compileOptions);
    const plan = this.planFor(options);
    const input = inputOptions(this.compileOptions, options, plan);
    const warnings = startWarnings(plan);
    const timestamps = new TimestampErrors();
    let pending: Event[] = [];
    const sink = plan.pipeline.factory({ push: (event) => pending.push(event), end: () => {} }, warnings);
    const recordInput = queryInputRecorder(warnings);

    let index = 0;
    for await (const item of events) {
      const event = toEvent(item, input, plan, index++, timestamps);
      recordInput?.(event);
      sink.push(event);
      if (pending.length > 0) {
        const ready = pending;
        pending = [];
        for (const event of ready) {
          yield toPlainObject(event);
        }
      }
    }

    sink.end();
    warnAboutInput(warnings, timestamps, input);
    for (const event of pending) {
      yield toPlainObject(event);
    }

    const onWarning = options.onWarning ?? this.compileOptions.onWarning;
    for (const message of warnings.warnings) {
      onWarning?.(message);
    }
  }

  /** Runs with a probe around every stage; the input is built with every field, for the report. */
  private runExplained(events: Iterable<InputEvent>, options: RunOptions, request: ExplainOptions): QueryResult {
    const plan = this.planFor(options);
    const input = inputOptions(this.compileOptions, options, plan);
    delete input.fields;
    const merged = engineOptions(this.compileOptions, options);
    const timestamps = new TimestampErrors();
    let index = 0;
    const convert = (item: unknown) => convertInput(item as InputEvent, input, index++, timestamps);
    const run = explainRun(this.analysisFor(options, merged), merged, [...events], convert, request);
    const inputWarning = input.timestampField === undefined ? undefined : timestamps.warning(input.timestampField);
    const warnings = inputWarning === undefined ? run.warnings : [...run.warnings, inputWarning];
    return { events: run.output.map(toPlainObject), warnings, explanation: run.explanation };
  }

  /**
   * Returns the plan for a run: the one built at compile time, unless the run changes options
   * the plan depends on. Saved searches given to a run are analysed again for that run.
   */
  private planFor(options: RunOptions): QueryPlan {
    const changesPlan = PLAN_OPTIONS.some((name) => options[name] !== undefined);
    if (!changesPlan && this.defaultPlan !== undefined) {
      return this.defaultPlan;
    }

    const merged = engineOptions(this.compileOptions, options);
    return compilePlan(this.analysisFor(options, merged), merged);
  }

  /** Returns the analysis for a run: the compile-time one, unless the run supplies saved searches. */
  private analysisFor(options: RunOptions, merged: EngineRunOptions): Analysis {
    if (options.savedSearches === undefined && this.analysis !== undefined) {
      return this.analysis;
    }
    return analyzeQuery(this.text, this.ast, this.registry, { ...this.compileOptions, ...merged });
  }
}

/**
 * Analyses the query at compile time. A `$name()` call with no saved searches given yet waits
 * for a run to supply them; every other problem is raised now.
 */
function analyzeUnlessSavedSearchMissing(text: string, ast: Query, registry: Registry, options: CompileOptions): Analysis | undefined {
  try {
    return analyzeQuery(text, ast, registry, options);
  } catch (error) {
    if (error instanceof CqlQueryError && error.code === ErrorCodes.unknownSavedSearch && options.savedSearches === undefined) {
      return undefined;
    }
    throw error;
  }
}

/** Builds the plan at compile time, unless it waits for `?param` values a run will supply. */
function compileUnlessParameterMissing(analysis: Analysis, options: EngineRunOptions): QueryPlan | undefined {
  try {
    return compilePlan(analysis, options);
  } catch (error) {
    if (error instanceof CqlQueryError && error.code === ErrorCodes.missingParameter) {
      return undefined;
    }
    if (error instanceof MissingParameterError) {
      return undefined;
    }
    throw error;
  }
}

/** Merges the engine options of a run: run options win over compile options, and undefined counts as unset. */
function engineOptions(compileOptions: CompileOptions, runOptions: RunOptions): EngineRunOptions {
  const merged: EngineRunOptions = {};

  for (const name of PLAN_OPTIONS) {
    const value = runOptions[name] ?? compileOptions[name];
    if (value !== undefined) {
      (merged as Record<string, unknown>)[name] = value;
    }
  }

  if (compileOptions.parameters !== undefined && runOptions.parameters !== undefined) {
    merged.parameters = { ...compileOptions.parameters, ...runOptions.parameters };
  }

  if (compileOptions.savedSearches !== undefined && runOptions.savedSearches !== undefined) {
    merged.savedSearches = { ...compileOptions.savedSearches, ...runOptions.savedSearches };
  }

  return merged;
}

/** Builds the input options of a run: tags, timestamp, and the fields the query needs. */
function inputOptions(compileOptions: CompileOptions, runOptions: RunOptions, plan: QueryPlan): InputOptions {
  const tags = runOptions.tags ?? compileOptions.tags;
  const timestampField = runOptions.timestampField ?? compileOptions.timestampField;
  const options: InputOptions = {
    ...(tags === undefined ? {} : { tags }),
    ...(timestampField === undefined ? {} : { timestampField }),
  };

  if (plan.inputFields !== "all") {
    options.fields = fieldsToBuild(plan.inputFields, options);
  }
  return options;
}

/** Returns the fields the query reads plus the input fields its tags and `@timestamp` come from. */
function fieldsToBuild(read: ReadonlySet<string>, options: InputOptions): Set<string> {
  const fields = new Set(read);

  for (const tag of options.tags ?? []) {
    if (read.has(`#${tag}`)) {
      fields.add(tag);
    }
  }

  // The timestamp field is built whatever the query reads, so that every unreadable timestamp is
  // marked and counted in the run's warnings.
  if (options.timestampField !== undefined) {
    fields.add(options.timestampField);
  }

  return fields;
}

function startWarnings(plan: QueryPlan): WarningCollector {
  const warnings = new WarningCollector();
  for (const message of plan.warnings) {
    warnings.warn(message);
  }
  return warnings;
}

function toEvent(item: InputEvent, input: InputOptions, plan: QueryPlan, index: number, report: InputReport | undefined): Event {
  const event = convertInput(item, input, index, report);
  if (plan.needsOriginal) {
    rememberOriginal(event);
  }
  return event;
}

/** Converts one input item; an item that is not JSON data raises an error naming its index. */
function convertInput(item: InputEvent, input: InputOptions, index: number, report: InputReport | undefined): Event {
  try {
    return fromJson(item as JsonValue, input, report);
  } catch (error) {
    if (!(error instanceof CqlRuntimeError)) {
      throw error;
    }
    throw new CqlRuntimeError({ code: error.code, message: `input event at index ${index}: ${error.message}` });
  }
}

/** Adds the run's warning about timestamps that could not be read, if there were any. */
function warnAboutInput(warnings: WarningCollector, timestamps: TimestampErrors, input: InputOptions): void {
  const message = input.timestampField === undefined ? undefined : timestamps.warning(input.timestampField);
  if (message !== undefined) {
    warnings.warn(message);
  }
}
