/**
 * The pipeline compiler: turns an analysed query into a chain of push-based stages, once per
 * query. Every filter, pattern, regex and expression is compiled here into a closure, so running
 * the query walks no syntax tree and builds no regex per event.
 */
import { CqlQueryError, ErrorCodes, positionOf, type ErrorCode } from "../errors/index.js";
import type {
  Call,
  Case,
  Expr,
  FieldTest,
  FilterNode,
  FreeText,
  Guard,
  Match,
  ParamRef,
  Pipeline,
  RegexLiteral,
  Span,
  StatsArray,
  Step,
} from "../syntax/ast.js";
import { MissingParameterError, parameterResolver, ArgumentProblem, type ParameterResolver } from "../analysis/arguments.js";
import { readBoundArguments, type Analysis, type BoundCall } from "../analysis/analyze.js";
import { savedSearchResolver } from "../analysis/savedSearch.js";
import type {
  CompileContext,
  CompiledExpression,
  CompiledFunction,
  CompiledPipeline,
  FieldUse,
  RunOptions,
  StageEffects,
  StageFactory,
} from "../functions/types.js";
import { regexStage } from "../functions/filter/regex.js";
import { stats } from "../functions/aggregate/stats.js";
import { originalOf, type Event } from "./event.js";
import { compileExpression, type ExpressionEnvironment } from "./expression.js";
import { freeTextMatches, searchedByFreeText } from "./freeText.js";
import { compileWildcard } from "./match.js";
import {
  defaultEffects,
  FILTER_EFFECTS,
  filterStepOf,
  mapStage,
  mergeEffects,
  NO_EFFECTS,
  NO_FIELDS,
  pipelineInputFields,
  pipelineOf,
  unionFieldUse,
  TRANSFORM_EFFECTS,
  type CompiledStep,
} from "./pipeline.js";
import { compileRegex, RegexSyntaxError, type CompiledRegex } from "./regex.js";
import { isNumberText, parseNumber, valueToText } from "./values.js";
import { caseStage, matchStage, orStage, type MatchArmStage } from "./conditional.js";

/** A query compiled for one set of run options. */
export interface QueryPlan {
  pipeline: CompiledPipeline;
  /** The input fields the query needs; "all" unless its output cannot carry unread fields. */
  inputFields: FieldUse;
  /** True when free text follows a step that may change events, so inputs need a copy. */
  needsOriginal: boolean;
  /** Warnings found while compiling (they repeat in every run's result). */
  warnings: string[];
}

/**
 * Compiles an analysed query with the given options.
 * @throws CqlQueryError for problems that depend on the options (a missing `?param`) or that
 * analysis does not see (an invalid regex).
 */
export function compilePlan(analysis: Analysis, options: RunOptions): QueryPlan {
  const compiler = new Compiler(analysis, options);
  const pipeline = compiler.compilePipeline(analysis.query.pipeline);
  return { pipeline, inputFields: pipelineInputFields(pipeline), needsOriginal: compiler.needsOriginal, warnings: compiler.warnings };
}


class Compiler {
  readonly warnings: string[] = [];
  needsOriginal = false;
  /** True once a compiled step may change events; free text after it needs the input copy. */
  modifiedSoFar = false;
  private readonly resolver: ParameterResolver;
  private readonly compiledCalls = new Map<Call, CompiledFunction>();
  private readonly savedPipelines = new Map<Call, CompiledPipeline>();
  private readonly expressionEnvironment: ExpressionEnvironment;

  constructor(
    private readonly analysis: Analysis,
    private readonly options: RunOptions,
    resolver?: ParameterResolver,
  ) {
    this.resolver = resolver ?? parameterResolver(options.parameters);
    this.expressionEnvironment = {
      resolveParameter: (ref) => this.resolveParameter(ref),
      compileCall: (call) => this.callValue(call),
      error: (message, span) => this.error(message, span, ErrorCodes.invalidExpression),
    };
  }

  error(message: string, span: Span, code: ErrorCode = ErrorCodes.invalidExpression): never {
    throw new CqlQueryError({
      code,
      message,
      ...positionOf(span),
      source: this.analysis.source,
      ...(this.analysis.file === undefined ? {} : { file: this.analysis.file }),
    });
  }

  resolveParameter(ref: ParamRef): string {
    try {
      return this.resolver(ref);
    } catch (error) {
      if (error instanceof MissingParameterError) {
        this.error(error.message, ref.span, ErrorCodes.missingParameter);
      }
      throw error;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pipelines and steps

  compilePipeline(pipeline: Pipeline): CompiledPipeline {
    const steps = fusePredicates(pipeline.steps.flatMap((step) => this.step(step)));
    return pipelineOf(steps);
  }

  step(step: Step): CompiledStep[] {
    const compiled = this.stepWithoutTracking(step);
    if (compiled.some((entry) => entry.effects.modifies)) {
      this.modifiedSoFar = true;
    }
    return compiled;
  }

  stepWithoutTracking(step: Step): CompiledStep[] {
    switch (step.kind) {
      case "Assign":
        return [this.assign(step.target.name, step.value)];
      case "FieldCall":
        return [this.callStep(step.call)];
      case "Case":
        return [this.caseStep(step)];
      case "Match":
        return [this.matchStep(step)];
      case "StatsArray":
        return [this.statsArray(step)];
      case "And":
        // `a b` and `a and b` mean `a | b` (syntax-grammar-guide), so operands become steps.
        return step.operands.flatMap((operand) => this.step(operand));
      default:
        return [this.filterStep(step)];
    }
  }

  filterStep(node: FilterNode): CompiledStep {
    switch (node.kind) {
      case "FieldTest":
        return this.fieldTestStep(node);
      case "FreeText":
        return this.freeTextStep(node);
      case "Or":
        return this.orStep(node.operands);
      case "Call":
        return this.callStep(node);
      case "Not":
        return node.operand.kind === "Call" ? this.negatedCallStep(node.operand) : filterStepOf(this.predicate(node), this.filterReads(node));
      default:
        return filterStepOf(this.predicate(node), this.filterReads(node));
    }
  }

  /** Compiles a filter that only keeps or drops events (inside `or`, `not`, or a pure step). */
  predicate(node: FilterNode): (event: Event) => boolean {
    switch (node.kind) {
      case "FieldTest":
        return this.fieldTestPredicate(node);
      case "FreeText":
        return this.freeTextPredicate(node);
      case "And": {
        const operands = node.operands.map((operand) => this.predicate(operand));
        return (event) => operands.every((operand) => operand(event));
      }
      case "Or": {
        const operands = node.operands.map((operand) => this.predicate(operand));
        return (event) => operands.some((operand) => operand(event));
      }
      case "Not": {
        const operand = this.predicate(node.operand);
        return (event) => !operand(event);
      }
      case "BoolFilter": {
        const value = node.value;
        return () => value;
      }
      case "Call":
        return this.callPredicate(node);
      case "Link":
        return this.error("a <=> link can only stand inside a correlate() query", node.span, ErrorCodes.notAllowedHere);
    }
  }

  /**
   * `a or b`: the first operand that passes the event wins, as in `case { a ; b }`. Operands that
   * only filter become one predicate; others run like case branches.
   */
  orStep(operands: FilterNode[]): CompiledStep {
    const branches = operands.map((operand) => this.branchOf(operand));
    if (branches.every((branch) => branch.predicate !== undefined)) {
      const predicates = branches.map((branch) => branch.predicate as (event: Event) => boolean);
      return filterStepOf((event) => predicates.some((predicate) => predicate(event)), unionFieldUse(branches.map((branch) => branch.reads)));
    }

    return {
      factory: orStage(branches),
      effects: mergeEffects([FILTER_EFFECTS, ...branches.map((branch) => branch.effects)]),
      reads: unionFieldUse(branches.map((branch) => branch.reads)),
      projects: false,
    };
  }

  branchOf(node: FilterNode): CompiledPipeline {
    if (node.kind === "Not" || node.kind === "BoolFilter") {
      return pipelineOf([filterStepOf(this.predicate(node), this.filterReads(node))]);
    }
    return pipelineOf(this.step(node));
  }

  // -------------------------------------------------------------------------------------------
  // Field tests

  fieldTestStep(node: FieldTest): CompiledStep {
    const value = node.value;
    if (value.kind === "Regex" && node.op !== "!=") {
      return this.fieldRegexStep(node.field.name, value);
    }

    return filterStepOf(this.fieldTestPredicate(node), new Set([node.field.name]));
  }

  /**
   * `field = /re/flags` means `regex("re", field=field, flags="flags")` (functions-regex). The
   * `g` flag repeats extraction (syntax-regex-flags), so without named groups it changes nothing.
   */
  fieldRegexStep(field: string, literal: RegexLiteral): CompiledStep {
    const regex = this.regex(literal.source, literal.flags, literal.span, true);
    if (regex.groups.length === 0) {
      return filterStepOf((event) => {
        const text = event.get(field);
        return text !== undefined && regex.test(text);
      }, new Set([field]));
    }

    const factory = regexStage(regex, field, { strict: true, repeat: regex.repeat, limit: 100, warnAtLimit: true });
    return { factory, effects: { modifies: true, drops: true, retains: false }, reads: new Set([field]), projects: false };
  }

  fieldTestPredicate(node: FieldTest): (event: Event) => boolean {
    const field = node.field.name;
    const value = node.value;

    if (value.kind === "Regex") {
      const regex = this.regex(value.source, value.flags, value.span, true);
      const matches = (event: Event) => {
        const text = event.get(field);
        return text !== undefined && regex.test(text);
      };
      // A missing field fails every comparison except !=, which it passes (syntax-operators).
      return node.op === "!=" ? (event) => !matches(event) : matches;
    }

    const pattern = value.kind === "Param" ? this.resolveParameter(value) : value.text;

    switch (node.op) {
      case "=":
        return patternPredicate(field, pattern, true);
      case "like":
        return patternPredicate(field, pattern, false);
      case "!=": {
        const matches = patternPredicate(field, pattern, true);
        return (event) => !matches(event);
      }
      default:
        return this.numericPredicate(node, pattern);
    }
  }

  numericPredicate(node: FieldTest, pattern: string): (event: Event) => boolean {
    const limit = parseNumber(pattern);
    if (limit === null) {
      this.error(`the right side of ${node.op} must be a number, got ${JSON.stringify(pattern)}`, node.value.span);
    }

    const field = node.field.name;
    const compare = numericComparison(node.op, limit);
    return (event) => {
      const text = event.get(field);
      if (text === undefined) {
        return false;
      }
      const number = parseNumber(text);
      return number !== null && compare(number);
    };
  }

  // -------------------------------------------------------------------------------------------
  // Free text

  freeTextStep(node: FreeText): CompiledStep {
    const value = node.value;
    if (value.kind === "Regex") {
      const regex = this.regex(value.source, value.flags, value.span, true);
      if (regex.groups.length > 0) {
        this.noteFreeText();
        return { factory: freeTextExtraction(regex), effects: { modifies: true, drops: true, retains: false }, reads: "all", projects: false };
      }
    }

    return filterStepOf(this.freeTextPredicate(node), "all");
  }

  freeTextPredicate(node: FreeText): (event: Event) => boolean {
    this.noteFreeText();
    const value = node.value;

    let matches: (text: string) => boolean;
    if (value.kind === "Regex") {
      const regex = this.regex(value.source, value.flags, value.span, true);
      matches = (text) => regex.test(text);
    } else {
      const pattern = value.kind === "Param" ? this.resolveParameter(value) : value.text;
      if (/^\**$/.test(pattern) && pattern.length > 0) {
        // A lone `*` matches every event (syntax-conditional).
        return () => true;
      }
      matches = compileWildcard(pattern, { anchored: false });
    }

    return (event) => freeTextMatches(event, matches);
  }

  noteFreeText(): void {
    if (this.modifiedSoFar) {
      this.needsOriginal = true;
    }
  }

  regex(source: string, flags: string, span: Span, allowGlobalFlag: boolean): CompiledRegex {
    let compiled: CompiledRegex;
    try {
      compiled = compileRegex(source, flags, { allowGlobalFlag });
    } catch (error) {
      if (error instanceof RegexSyntaxError) {
        const code = error.reason === "unsupported" ? ErrorCodes.unsupportedRegex : ErrorCodes.invalidRegex;
        this.error(error.message, span, code);
      }
      throw error;
    }

    if (compiled.warning !== undefined && !this.warnings.includes(compiled.warning)) {
      this.warnings.push(compiled.warning);
    }
    return compiled;
  }

  // -------------------------------------------------------------------------------------------
  // Assignment, case, match, stats shorthand

  assign(target: string, value: Expr): CompiledStep {
    if (value.kind === "Call" && this.analysis.calls.get(value)?.argumentNodes.has("as") === true) {
      return this.callStep(value);
    }

    const expression = compileExpression(value, this.expressionEnvironment);
    // Assigning null changes nothing: no new field, an existing one unchanged (functions-eval).
    return {
      factory: mapStage((event) => {
        const text = valueToText(expression(event));
        if (text !== null) {
          event.set(target, text);
        }
      }),
      effects: TRANSFORM_EFFECTS,
      reads: this.expressionReads(value),
      projects: false,
    };
  }

  caseStep(step: Case): CompiledStep {
    const branches = step.branches.map((branch) => this.compilePipeline(branch));
    return {
      factory: caseStage(branches),
      effects: mergeEffects([FILTER_EFFECTS, ...branches.map((branch) => branch.effects)]),
      reads: unionFieldUse(branches.map((branch) => branch.reads)),
      projects: false,
    };
  }

  matchStep(step: Match): CompiledStep {
    const arms: MatchArmStage[] = step.arms.map((arm) => ({
      guard: this.guard(step.field.name, arm.guard),
      body: this.compilePipeline(arm.body),
    }));

    const effects = mergeEffects([FILTER_EFFECTS, ...arms.map((arm) => arm.body.effects), ...arms.map((arm) => arm.guard.effects)]);
    const reads = unionFieldUse([new Set([step.field.name]), ...arms.map((arm) => arm.body.reads), ...arms.map((arm) => arm.guard.reads)]);
    return { factory: matchStage(arms), effects, reads, projects: false };
  }

  /** A match guard: a test of the matched field that may extract fields (a regex). */
  guard(field: string, guard: Guard): { test: (event: Event) => boolean; effects: StageEffects; reads: FieldUse } {
    const reads = new Set([field]);
    switch (guard.kind) {
      case "AnyGuard":
        return { test: () => true, effects: NO_EFFECTS, reads };
      case "Pattern":
      case "Param": {
        const pattern = guard.kind === "Param" ? this.resolveParameter(guard) : guard.text;
        return { test: patternPredicate(field, pattern, true), effects: FILTER_EFFECTS, reads };
      }
      case "Regex": {
        const regex = this.regex(guard.source, guard.flags, guard.span, false);
        return {
          test: (event) => {
            const text = event.get(field);
            const match = text === undefined ? null : regex.exec(text);
            if (match === null) {
              return false;
            }
            regex.extract(match, event);
            return true;
          },
          effects: { modifies: regex.groups.length > 0, drops: true, retains: false },
          reads,
        };
      }
      case "Call":
        return { test: this.callPredicate(guard), effects: FILTER_EFFECTS, reads: this.compiledCall(guard).reads ?? "all" };
    }
  }

  /** `[a(), b()]` as a step means `stats([a(), b()])` (functions-stats). */
  statsArray(step: StatsArray): CompiledStep {
    const call: Call = { kind: "Call", name: "stats", saved: false, args: [], nameSpan: step.span, span: step.span };
    const bound: BoundCall = {
      call,
      definition: stats,
      argumentNodes: new Map(),
      args: { function: step.elements },
      usesParameters: false,
      afterAggregate: false,
    };
    return this.stepOfFunction(bound, this.compileBound(bound, false));
  }

  // -------------------------------------------------------------------------------------------
  // Function calls

  bound(call: Call): BoundCall {
    const bound = this.analysis.calls.get(call);
    if (bound === undefined) {
      this.error(`internal error: ${call.name}() was not analysed`, call.span, ErrorCodes.invalidExpression);
    }
    return bound;
  }

  callStep(call: Call): CompiledStep {
    if (call.saved) {
      return stepOfPipeline(this.savedSearch(call));
    }

    const bound = this.bound(call);
    return this.stepOfFunction(bound, this.compileBound(bound, false));
  }

  stepOfFunction(bound: BoundCall, compiled: CompiledFunction): CompiledStep {
    const effects = { ...defaultEffects(bound.definition.kind), ...compiled.effects };
    const pure = compiled.predicate !== undefined && !effects.modifies && !effects.retains;
    const reads = compiled.reads ?? "all";
    if (pure) {
      return filterStepOf(compiled.predicate as (event: Event) => boolean, reads);
    }

    const step: CompiledStep = { factory: compiled.stage, effects, reads, projects: compiled.projects ?? false };
    if (compiled.outputs !== undefined) {
      step.outputs = compiled.outputs;
    }
    return step;
  }

  callPredicate(call: Call): (event: Event) => boolean {
    if (call.saved) {
      const pipeline = this.savedSearch(call);
      if (pipeline.predicate === undefined) {
        this.error(`the saved search $${call.name}() does more than filter, so it cannot be combined with or / not`, call.nameSpan, ErrorCodes.notAllowedHere);
      }
      return pipeline.predicate;
    }

    const bound = this.bound(call);
    const compiled = this.compileBound(bound, false);
    if (compiled.predicate === undefined) {
      this.error(
        `${bound.definition.name}() cannot be used as a condition here: it does not only keep or drop events; give it its own pipeline step`,
        call.nameSpan,
        ErrorCodes.notAllowedHere,
      );
    }
    return compiled.predicate;
  }

  /** A call inside an expression: its value, or for a filter function true/false. */
  callValue(call: Call): CompiledExpression {
    const bound = this.bound(call);
    const compiled = this.compileBound(bound, false);

    if (compiled.value !== undefined) {
      return compiled.value;
    }

    if (compiled.predicate !== undefined) {
      const predicate = compiled.predicate;
      return (event) => predicate(event);
    }

    return this.error(
      `${bound.definition.name}() yields no single value, so it cannot be used inside an expression`,
      call.nameSpan,
      ErrorCodes.notAllowedHere,
    );
  }

  /** Negated calls: `!f(...)`. Functions without a predicate build a negated stage themselves. */
  negatedCallStep(call: Call): CompiledStep {
    if (call.saved) {
      const predicate = this.callPredicate(call);
      return filterStepOf((event) => !predicate(event), this.savedSearch(call).reads);
    }

    const bound = this.bound(call);
    const compiled = this.compileBound(bound, false);

    if (compiled.predicate !== undefined) {
      const predicate = compiled.predicate;
      return filterStepOf((event) => !predicate(event), compiled.reads ?? "all");
    }

    return this.stepOfFunction(bound, this.compileBound(bound, true));
  }

  compileBound(bound: BoundCall, negated: boolean): CompiledFunction {
    const cached = negated ? undefined : this.compiledCalls.get(bound.call);
    if (cached !== undefined) {
      return cached;
    }

    const args = bound.args === undefined || bound.usesParameters ? this.readArguments(bound) : bound.args;
    const compiled = bound.definition.compile(args, this.context(bound, negated));
    if (compiled.readsOriginalEvent === true) {
      this.noteFreeText();
    }
    if (!negated) {
      this.compiledCalls.set(bound.call, compiled);
    }
    return compiled;
  }

  /**
   * Compiles the query a `$name()` call runs, once per query, with the call's arguments as its
   * parameters; errors inside it point into the saved query's text.
   */
  savedSearch(call: Call): CompiledPipeline {
    const cached = this.savedPipelines.get(call);
    if (cached !== undefined) {
      return cached;
    }

    const use = this.analysis.savedSearches.get(call);
    if (use === undefined) {
      return this.error(`internal error: $${call.name}() was not analysed`, call.span);
    }

    const analysis: Analysis = { ...this.analysis, query: use.query, source: use.source, file: `$${use.name}` };
    const child = new Compiler(analysis, this.options, savedSearchResolver(use.parameters, this.resolver));
    child.modifiedSoFar = this.modifiedSoFar;

    const pipeline = child.compilePipeline(use.query.pipeline);
    this.needsOriginal ||= child.needsOriginal;
    for (const warning of child.warnings) {
      this.warnings.push(warning);
    }

    this.savedPipelines.set(call, pipeline);
    return pipeline;
  }

  /** Compiles a call, once per query, and returns the cached result after that. */
  compiledCall(call: Call): CompiledFunction {
    return this.compileBound(this.bound(call), false);
  }

  /** Returns the fields a filter reads. */
  filterReads(node: FilterNode): FieldUse {
    switch (node.kind) {
      case "FieldTest":
        return new Set([node.field.name]);
      case "FreeText":
        return "all";
      case "And":
      case "Or":
        return unionFieldUse(node.operands.map((operand) => this.filterReads(operand)));
      case "Not":
        return this.filterReads(node.operand);
      case "Call":
        return node.saved ? this.savedSearch(node).reads : (this.compiledCall(node).reads ?? "all");
      default:
        return NO_FIELDS;
    }
  }

  /** Returns the fields an expression reads: its bare field names and what the calls in it read. */
  expressionReads(expr: Expr): FieldUse {
    switch (expr.kind) {
      case "Bare":
        return isNumberText(expr.text) || expr.text === "true" || expr.text === "false" ? NO_FIELDS : new Set([expr.text]);
      case "Binary":
        return unionFieldUse([this.expressionReads(expr.left), this.expressionReads(expr.right)]);
      case "Unary":
        return this.expressionReads(expr.operand);
      case "Call":
        return this.compiledCall(expr).reads ?? "all";
      case "Array":
        return unionFieldUse(expr.elements.map((element) => this.expressionReads(element)));
      case "AssignExpr":
        return this.expressionReads(expr.value);
      case "String":
      case "Param":
      case "Regex":
        return NO_FIELDS;
      default:
        return "all";
    }
  }

  readArguments(bound: BoundCall): Record<string, unknown> {
    try {
      return readBoundArguments(bound, this.resolver);
    } catch (error) {
      if (error instanceof MissingParameterError) {
        this.error(error.message, error.ref.span, ErrorCodes.missingParameter);
      }
      if (error instanceof ArgumentProblem) {
        this.error(error.message, error.span, ErrorCodes.invalidArgument);
      }
      throw error;
    }
  }

  context(bound: BoundCall, negated: boolean): CompileContext {
    return {
      options: this.options,
      call: bound.call,
      negated,
      afterAggregate: bound.afterAggregate,
      compileExpression: (expr) => compileExpression(expr, this.expressionEnvironment),
      expressionReads: (expr) => this.expressionReads(expr),
      compilePipeline: (pipeline) => this.compilePipeline(pipeline),
      compileAggregates: (list) => list.map((element) => this.aggregateElement(element)),
      compileRegex: (source, flags, span, options) => this.regex(source, flags, span, options?.allowGlobalFlag ?? false),
      argumentSpan: (name) => bound.argumentNodes.get(name)?.span ?? bound.call.span,
      isGiven: (name) => bound.argumentNodes.has(name),
      error: (message, span, code) => this.error(message, span, code ?? ErrorCodes.invalidArgument),
      warn: (message) => {
        if (!this.warnings.includes(message)) {
          this.warnings.push(message);
        }
      },
    };
  }

  /** Compiles one element of an `aggregates` argument: a call, `name := call`, or a `{ ... }` pipeline. */
  aggregateElement(element: Expr): CompiledPipeline {
    if (element.kind === "Subquery") {
      return this.compilePipeline(element.pipeline);
    }

    const call = element.kind === "AssignExpr" ? element.value : element;
    if (call.kind !== "Call") {
      return this.error("expected an aggregate function call such as count()", element.span, ErrorCodes.invalidArgument);
    }

    return pipelineOf([this.callStep(call)]);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the compiler's parts

/** Joins consecutive pure filter steps into one, so an event passes one stage per run of filters. */
function fusePredicates(steps: CompiledStep[]): CompiledStep[] {
  const fused: CompiledStep[] = [];

  for (const step of steps) {
    const previous = fused[fused.length - 1];
    if (previous?.predicate !== undefined && step.predicate !== undefined) {
      const first = previous.predicate;
      const second = step.predicate;
      fused[fused.length - 1] = filterStepOf((event) => first(event) && second(event), unionFieldUse([previous.reads, step.reads]));
    } else {
      fused.push(step);
    }
  }

  return fused;
}

/** Turns a compiled pipeline into one step of an enclosing pipeline. */
function stepOfPipeline(pipeline: CompiledPipeline): CompiledStep {
  if (pipeline.predicate !== undefined) {
    return filterStepOf(pipeline.predicate, pipeline.reads);
  }
  return { factory: pipeline.factory, effects: pipeline.effects, reads: pipeline.reads, projects: pipeline.projects };
}

/**
 * Builds the test of `field = pattern` (anchored) or `field like pattern` (contains). A missing
 * field never matches, and `*` alone only requires the field to exist.
 */
export function patternPredicate(field: string, pattern: string, anchored: boolean): (event: Event) => boolean {
  if (/^\*+$/.test(pattern)) {
    return (event) => event.has(field);
  }

  const matches = compileWildcard(pattern, { anchored });
  return (event) => {
    const text = event.get(field);
    return text !== undefined && matches(text);
  };
}

function numericComparison(op: string, limit: number): (value: number) => boolean {
  switch (op) {
    case "<":
      return (value) => value < limit;
    case "<=":
      return (value) => value <= limit;
    case ">":
      return (value) => value > limit;
    default:
      return (value) => value >= limit;
  }
}

/**
 * Builds the stage of a free-text regex with named groups or the `g` flag. It searches the
 * fields of the input event, `@rawstring` first because the docs prefer it for extraction, and
 * extracts from the first field that matches. Events without a match are dropped.
 * NOTE: with `g` only the first match is extracted; the docs leave the output shape open.
 */
function freeTextExtraction(regex: CompiledRegex): StageFactory {
  return (next) => ({
    push(event) {
      const source = originalOf(event);
      const raw = source.get("@rawstring");
      let match = raw === undefined ? null : regex.exec(raw);

      if (match === null) {
        for (const [name, text] of source) {
          if (name !== "@rawstring" && searchedByFreeText(name)) {
            match = regex.exec(text);
            if (match !== null) {
              break;
            }
          }
        }
      }

      if (match !== null) {
        regex.extract(match, event);
        next.push(event);
      }
    },
    end() {
      next.end();
    },
  });
}
