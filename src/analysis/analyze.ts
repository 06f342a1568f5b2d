/**
 * Analysis: binds every function call of a query to its definition, reads and validates its
 * arguments, and rejects what LogScale rejects before anything runs (unknown functions and
 * arguments, aggregates where only a filter may stand, free text after an aggregate...).
 * It builds nothing that runs; the compiler takes its result.
 */
import { CqlQueryError, ErrorCodes, positionOf, type ErrorCode } from "../errors/index.js";
import type {
  Arg,
  Call,
  Case,
  Expr,
  FieldCall,
  FilterNode,
  FreeText,
  Match,
  Pipeline,
  Query,
  Span,
  Step,
} from "../syntax/ast.js";
import type { AnyFunctionDefinition, Registry } from "../functions/registry.js";
import type { ParamSpec } from "../functions/types.js";
import { isNumberText } from "../engine/values.js";
import {
  ArgumentProblem,
  MissingParameterError,
  readArgument,
  validateArgument,
  type ParameterResolver,
} from "./arguments.js";
import { didYouMean } from "./suggest.js";
import { findSavedSearch, savedSearchParameters, savedSearchResolver, type SavedSearchUse } from "./savedSearch.js";
import { parse } from "../syntax/parser.js";

/** A call bound to its definition. */
export interface BoundCall {
  call: Call;
  definition: AnyFunctionDefinition;
  /** The argument syntax per parameter name, with injected `as`/`field` arguments. */
  argumentNodes: Map<string, ArgumentNode>;
  /**
   * The read and validated arguments, defaults applied. Undefined when an argument uses a
   * `?param` whose value is not known yet; the compiler reads them again with the run's values.
   */
  args: Record<string, unknown> | undefined;
  /** True when an argument contains a `?param`, so each run reads the arguments with its values. */
  usesParameters: boolean;
  /** True when an aggregate ran earlier in the same pipeline, so events arrive in its order. */
  afterAggregate: boolean;
}

export interface ArgumentNode {
  value: Expr;
  span: Span;
}

export interface Analysis {
  query: Query;
  source: string;
  file: string | undefined;
  calls: Map<Call, BoundCall>;
  /** Saved-search calls (`$name()`) and the queries they run. */
  savedSearches: Map<Call, SavedSearchUse>;
}

export interface AnalyzeOptions {
  registry: Registry;
  source: string;
  file?: string;
  resolveParameter: ParameterResolver;
  /** Saved-search query texts by name, for `$name()` calls. */
  savedSearches?: Readonly<Record<string, string>>;
}

/** The position of a filter: a pipeline step, or an operand of `or` / `not`. */
type FilterPosition = "step" | "combination" | "negation";

/**
 * Analyses a parsed query.
 * @throws CqlQueryError at the first problem found.
 */
export function analyze(query: Query, options: AnalyzeOptions): Analysis {
  const analyzer = new Analyzer(query, options);
  analyzer.pipeline(query.pipeline, { topLevel: true });
  return analyzer.result();
}

interface PipelineContext {
  /** True for the query's own pipeline, where free text may stand before the first aggregate. */
  topLevel: boolean;
}

class Analyzer {
  aggregateSeen = false;

  constructor(
    private readonly query: Query,
    private readonly options: AnalyzeOptions,
    private readonly calls = new Map<Call, BoundCall>(),
    private readonly savedSearches = new Map<Call, SavedSearchUse>(),
    /** The saved searches being analysed around this query, to catch one that calls itself. */
    private readonly savedStack: readonly string[] = [],
  ) {}

  result(): Analysis {
    return {
      query: this.query,
      source: this.options.source,
      file: this.options.file,
      calls: this.calls,
      savedSearches: this.savedSearches,
    };
  }

  error(message: string, span: Span, code: ErrorCode): never {
    throw new CqlQueryError({
      code,
      message,
      ...positionOf(span),
      source: this.options.source,
      ...(this.options.file === undefined ? {} : { file: this.options.file }),
    });
  }

  /**
   * Analyses the steps of a pipeline. A nested pipeline (case branch, subquery) starts from the
   * enclosing position, and what it aggregates does not count for the steps after it.
   */
  pipeline(pipeline: Pipeline, context: PipelineContext): void {
    const outerAggregateSeen = this.aggregateSeen;

    for (const step of pipeline.steps) {
      this.step(step, context);
    }

    if (!context.topLevel) {
      this.aggregateSeen = outerAggregateSeen;
    }
  }

  step(step: Step, context: PipelineContext): void {
    switch (step.kind) {
      case "Assign":
        this.assign(step.target.name, step.value, step.target.span);
        return;
      case "FieldCall":
        this.fieldCall(step);
        return;
      case "Case":
        this.caseStatement(step);
        return;
      case "Match":
        this.matchStatement(step);
        return;
      case "StatsArray":
        for (const element of step.elements) {
          this.aggregateElement(element);
        }
        this.aggregateSeen = true;
        return;
      default:
        this.filter(step, "step", context);
    }
  }

  assign(target: string, value: Expr, targetSpan: Span): void {
    if (value.kind === "Call" && !value.saved) {
      const definition = this.lookup(value);
      if (definition.params.as !== undefined) {
        this.bind(value, [{ name: "as", value: { kind: "Bare", text: target, span: targetSpan }, span: targetSpan }]);
        this.noteAggregate(definition);
        return;
      }
    }

    this.expression(value);
  }

  fieldCall(step: FieldCall): void {
    const definition = this.lookup(step.call);
    if (definition.params.field === undefined) {
      this.error(
        `${definition.name}() has no field parameter, so it cannot stand on the right of =~; call it as ${definition.name}(...) instead`,
        step.call.nameSpan,
        ErrorCodes.notAllowedHere,
      );
    }

    const field = step.field;
    this.bind(step.call, [{ name: "field", value: { kind: "Bare", text: field.name, span: field.span }, span: field.span }]);
    this.noteAggregate(definition);
  }

  caseStatement(step: Case): void {
    for (const branch of step.branches) {
      this.pipeline(branch, { topLevel: false });
    }
  }

  matchStatement(step: Match): void {
    for (const arm of step.arms) {
      if (arm.guard.kind === "Call") {
        this.guardCall(arm.guard, step);
      }
      this.pipeline(arm.body, { topLevel: false });
    }
  }

  /** A function guard tests the matched field: `in(values=[...])` means `in(field=f, values=[...])`. */
  guardCall(call: Call, step: Match): void {
    const definition = this.lookup(call);
    if (definition.kind !== "filter") {
      this.error(
        `${definition.name}() cannot be a match guard: guards must be filter functions such as in() or regex()`,
        call.nameSpan,
        ErrorCodes.notAllowedHere,
      );
    }

    const givesField = call.args.some((arg) => arg.name?.toLowerCase() === "field");
    const injected =
      definition.params.field !== undefined && !givesField && !this.unnamedBindsTo(call, definition, "field")
        ? [{ name: "field", value: { kind: "Bare" as const, text: step.field.name, span: step.field.span }, span: step.field.span }]
        : [];
    this.bind(call, injected);
  }

  unnamedBindsTo(call: Call, definition: AnyFunctionDefinition, parameter: string): boolean {
    return definition.defaultParam === parameter && call.args.some((arg) => arg.name === undefined);
  }

  filter(node: FilterNode, position: FilterPosition, context: PipelineContext): void {
    switch (node.kind) {
      case "FieldTest":
        this.fieldTest(node, position);
        return;
      case "FreeText":
        // A lone unquoted `*` keeps every event (a `case` default branch), so it is not a search.
        if (this.aggregateSeen && !isMatchAll(node)) {
          this.error(
            "free-text search is only allowed before the first aggregate function; compare a field instead, e.g. @rawstring=*text*",
            node.span,
            ErrorCodes.filterAfterAggregate,
          );
        }
        if (node.value.kind === "Regex" && position !== "step" && hasNamedGroup(node.value.source)) {
          this.namedGroupInCombination(node.span);
        }
        return;
      case "And":
        for (const operand of node.operands) {
          this.filter(operand, position, context);
        }
        return;
      case "Or":
        for (const operand of node.operands) {
          this.filter(operand, "combination", context);
        }
        return;
      case "Not":
        this.negation(node.operand, context);
        return;
      case "BoolFilter":
        return;
      case "Call":
        this.filterCall(node, position);
        return;
      case "Link":
        return;
    }
  }

  fieldTest(node: Extract<FilterNode, { kind: "FieldTest" }>, position: FilterPosition): void {
    const numeric = node.op === "<" || node.op === "<=" || node.op === ">" || node.op === ">=";
    if (numeric && !(node.value.kind === "Pattern" && isNumberText(node.value.text)) && node.value.kind !== "Param") {
      this.error(
        `the right side of ${node.op} must be a number; to compare two fields write test(${node.field.name} ${node.op} otherField)`,
        node.value.span,
        ErrorCodes.invalidExpression,
      );
    }

    if (node.value.kind === "Regex" && position !== "step" && node.op === "=" && hasNamedGroup(node.value.source)) {
      this.namedGroupInCombination(node.span);
    }
  }

  namedGroupInCombination(span: Span): never {
    this.error(
      "a regex that extracts fields with named groups must be a pipeline step of its own, not an operand of or / not; move it into its own step",
      span,
      ErrorCodes.notAllowedHere,
    );
  }

  negation(operand: FilterNode, context: PipelineContext): void {
    if (operand.kind === "Call" && !operand.saved) {
      const definition = this.lookup(operand);
      if (definition.negatable !== true) {
        this.error(
          `${definition.name}() cannot be negated with not or !; only filter functions such as test(), in() and regex() can`,
          operand.nameSpan,
          ErrorCodes.notNegatable,
        );
      }
    }

    this.filter(operand, "negation", context);
  }

  filterCall(call: Call, position: FilterPosition): void {
    if (call.saved) {
      this.savedSearch(call, position);
      return;
    }

    const definition = this.lookup(call);

    if (position !== "step" && definition.kind === "aggregate") {
      this.error(
        `the aggregate function ${definition.name}() cannot be combined with other filters by or / not; give it its own pipeline step`,
        call.nameSpan,
        ErrorCodes.aggregateNotAllowed,
      );
    }

    if (position === "negation" && definition.kind !== "filter") {
      this.error(`${definition.name}() is not a filter, so it cannot be negated`, call.nameSpan, ErrorCodes.notNegatable);
    }

    this.bind(call, []);
    this.noteAggregate(definition);
  }

  noteAggregate(definition: AnyFunctionDefinition): void {
    if (definition.kind === "aggregate") {
      this.aggregateSeen = true;
    }
  }

  /** Checks an expression and binds the calls inside it. */
  expression(expr: Expr): void {
    switch (expr.kind) {
      case "Binary":
        this.expression(expr.left);
        this.expression(expr.right);
        return;
      case "Unary":
        this.expression(expr.operand);
        return;
      case "Array":
        for (const element of expr.elements) {
          this.expression(element);
        }
        return;
      case "AssignExpr":
        this.expression(expr.value);
        return;
      case "Call":
        this.expressionCall(expr);
        return;
      case "Subquery":
        this.pipeline(expr.pipeline, { topLevel: false });
        return;
      case "NamedQuery":
        this.pipeline(expr.pipeline, { topLevel: false });
        return;
      default:
        return;
    }
  }

  expressionCall(call: Call): void {
    const definition = this.lookup(call);
    if (definition.kind === "aggregate") {
      this.error(
        `the aggregate function ${definition.name}() cannot be used inside an expression; run it as a pipeline step and use its output field`,
        call.nameSpan,
        ErrorCodes.aggregateNotAllowed,
      );
    }

    this.bind(call, []);
  }

  /** Analyses one element of an `aggregates` argument or a `[...]` step. */
  aggregateElement(element: Expr): void {
    if (element.kind === "Subquery") {
      this.pipeline(element.pipeline, { topLevel: false });
      return;
    }

    if (element.kind === "AssignExpr") {
      if (element.value.kind !== "Call") {
        this.error("expected name := aggregate(...) here, e.g. total := sum(bytes)", element.value.span, ErrorCodes.invalidArgument);
      }
      this.aggregateCall(element.value, [
        { name: "as", value: { kind: "Bare", text: element.target.name, span: element.target.span }, span: element.target.span },
      ]);
      return;
    }

    if (element.kind !== "Call") {
      this.error("expected an aggregate function call such as count()", element.span, ErrorCodes.invalidArgument);
    }

    this.aggregateCall(element, []);
  }

  aggregateCall(call: Call, injected: InjectedArgument[]): void {
    const definition = this.lookup(call);
    if (definition.kind !== "aggregate") {
      this.error(
        `${definition.name}() is not an aggregate function; wrap other steps in a subquery such as { ${definition.name}(...) | count() }`,
        call.nameSpan,
        ErrorCodes.invalidArgument,
      );
    }

    if (injected.length > 0 && definition.params.as === undefined) {
      this.error(`${definition.name}() has no as parameter, so its output cannot be named with :=`, call.nameSpan, ErrorCodes.invalidArgument);
    }

    this.bind(call, injected);
  }

  /**
   * Analyses the query a `$name()` call runs, with the call's arguments as its parameters.
   * Errors inside it point into the saved query's text.
   */
  savedSearch(call: Call, position: FilterPosition): void {
    const text = findSavedSearch(this.options.savedSearches, call.name);
    if (text === undefined) {
      const hint = didYouMean(call.name, Object.keys(this.options.savedSearches ?? {}));
      this.error(
        `unknown saved search $${call.name}().${hint} Supply its query text in the savedSearches option`,
        call.nameSpan,
        ErrorCodes.unknownSavedSearch,
      );
    }

    if (this.savedStack.includes(call.name.toLowerCase())) {
      this.error(`saved search $${call.name}() calls itself`, call.nameSpan, ErrorCodes.unknownSavedSearch);
    }

    const parameters = this.savedSearchArguments(call);
    const file = `$${call.name}`;
    const query = parse(text, { file });
    const child = new Analyzer(
      query,
      { ...this.options, source: text, file, resolveParameter: savedSearchResolver(parameters, this.options.resolveParameter) },
      this.calls,
      this.savedSearches,
      [...this.savedStack, call.name.toLowerCase()],
    );

    child.aggregateSeen = this.aggregateSeen;
    child.pipeline(query.pipeline, { topLevel: position === "step" });
    this.aggregateSeen ||= child.aggregateSeen;
    this.savedSearches.set(call, { name: call.name, source: text, query, parameters });
  }

  savedSearchArguments(call: Call): Record<string, string> {
    try {
      return savedSearchParameters(call, this.options.resolveParameter, (span) =>
        this.error(`the arguments of a saved search need names: $${call.name}(name=value)`, span, ErrorCodes.invalidArgument),
      );
    } catch (error) {
      if (error instanceof ArgumentProblem) {
        this.error(error.message, error.span, ErrorCodes.invalidArgument);
      }
      throw error;
    }
  }

  lookup(call: Call): AnyFunctionDefinition {
    if (call.saved) {
      this.error(
        `the saved search $${call.name}() can only stand as a pipeline step or a filter, not here`,
        call.nameSpan,
        ErrorCodes.notAllowedHere,
      );
    }

    const definition = this.options.registry.lookup(call.name);
    if (definition === undefined) {
      const hint = didYouMean(call.name, this.options.registry.names());
      this.error(`unknown function ${call.name}().${hint}`, call.nameSpan, ErrorCodes.unknownFunction);
    }

    return definition;
  }

  /** Binds a call's arguments to parameters, reads and validates them, and records the result. */
  bind(call: Call, injected: InjectedArgument[]): BoundCall {
    const definition = this.lookup(call);

    if (definition.rawArguments === true) {
      return this.bindRaw(call, definition);
    }

    const nodes = this.argumentNodes(call, definition, injected);
    for (const [name, node] of nodes) {
      this.nestedSyntax(definition.params[name] as ParamSpec, node.value);
    }

    const usesParameters = [...nodes.values()].some((node) => containsParameter(node.value));
    const afterAggregate = this.aggregateSeen;
    const bound: BoundCall = { call, definition, argumentNodes: nodes, args: undefined, usesParameters, afterAggregate };
    bound.args = this.readArguments(bound);
    this.calls.set(call, bound);
    return bound;
  }

  bindRaw(call: Call, definition: AnyFunctionDefinition): BoundCall {
    for (const arg of call.args) {
      this.expression(arg.value);
    }

    const bound: BoundCall = {
      call,
      definition,
      argumentNodes: new Map(),
      args: { arguments: call.args },
      usesParameters: false,
      afterAggregate: this.aggregateSeen,
    };
    this.calls.set(call, bound);
    return bound;
  }

  argumentNodes(call: Call, definition: AnyFunctionDefinition, injected: InjectedArgument[]): Map<string, ArgumentNode> {
    const nodes = new Map<string, ArgumentNode>();
    let unnamedSeen = false;

    for (const arg of call.args) {
      const name = this.parameterName(definition, arg, unnamedSeen);
      unnamedSeen ||= arg.name === undefined;

      if (nodes.has(name)) {
        this.error(`argument ${name} is given twice in ${definition.name}(); remove one of them`, arg.span, ErrorCodes.duplicateArgument);
      }
      nodes.set(name, { value: arg.value, span: arg.span });
    }

    for (const extra of injected) {
      if (nodes.has(extra.name)) {
        const how = extra.name === "as" ? "by :=" : "by =~";
        this.error(
          `argument ${extra.name} of ${definition.name}() is already set ${how}; remove ${extra.name}=... from the call`,
          (nodes.get(extra.name) as ArgumentNode).span,
          ErrorCodes.duplicateArgument,
        );
      }
      nodes.set(extra.name, { value: extra.value, span: extra.span });
    }

    return nodes;
  }

  parameterName(definition: AnyFunctionDefinition, arg: Arg, unnamedSeen: boolean): string {
    if (arg.name === undefined) {
      if (definition.defaultParam === undefined) {
        this.error(
          `${definition.name}() takes no unnamed argument; name it as one of: ${this.validNames(definition)}`,
          arg.span,
          ErrorCodes.noDefaultParameter,
        );
      }

      if (unnamedSeen) {
        this.error(
          `${definition.name}() takes at most one unnamed argument (${definition.defaultParam}); name the others`,
          arg.span,
          ErrorCodes.duplicateArgument,
        );
      }
      return definition.defaultParam;
    }

    const name = resolveParameterName(definition, arg.name);
    if (name === undefined) {
      const hint = didYouMean(arg.name, Object.keys(definition.params));
      this.error(
        `unknown argument ${arg.name} for ${definition.name}().${hint} Valid arguments: ${this.validNames(definition)}`,
        arg.nameSpan ?? arg.span,
        ErrorCodes.unknownArgument,
      );
    }

    return name;
  }

  validNames(definition: AnyFunctionDefinition): string {
    const names = Object.keys(definition.params);
    return names.length === 0 ? "(none)" : names.join(", ");
  }

  /** Binds calls nested in expression, pipeline and aggregate arguments. */
  nestedSyntax(spec: ParamSpec, value: Expr): void {
    switch (spec.type) {
      case "expression":
      case "expressions":
        this.expression(value);
        return;
      case "pipeline":
      case "pipelines":
        for (const element of value.kind === "Array" ? value.elements : [value]) {
          if (element.kind === "Subquery") {
            this.pipeline(element.pipeline, { topLevel: false });
          }
        }
        return;
      case "aggregates":
        for (const element of value.kind === "Array" ? value.elements : [value]) {
          this.aggregateElement(element);
        }
        return;
      default:
        return;
    }
  }

  /**
   * Reads and validates every parameter of a bound call. Returns undefined when an argument
   * needs a `?param` value that is not known yet.
   */
  readArguments(bound: BoundCall): Record<string, unknown> | undefined {
    try {
      return readBoundArguments(bound, this.options.resolveParameter);
    } catch (error) {
      if (error instanceof MissingParameterError) {
        return undefined;
      }
      if (error instanceof ArgumentProblem) {
        this.error(error.message, error.span, ErrorCodes.invalidArgument);
      }
      throw error;
    }
  }
}

interface InjectedArgument {
  name: string;
  value: Expr;
  span: Span;
}

/** Finds the parameter an argument name means, by name or alias, ignoring case. */
export function resolveParameterName(definition: AnyFunctionDefinition, written: string): string | undefined {
  const lower = written.toLowerCase();

  for (const [name, spec] of Object.entries(definition.params)) {
    if (name.toLowerCase() === lower || (spec.aliases ?? []).some((alias) => alias.toLowerCase() === lower)) {
      return name;
    }
  }

  return undefined;
}

/**
 * Reads and validates the arguments of a bound call with the given parameter values.
 * @throws ArgumentProblem for an invalid or missing argument, MissingParameterError for a
 * `?param` without a value.
 */
export function readBoundArguments(bound: BoundCall, resolve: ParameterResolver): Record<string, unknown> {
  const args: Record<string, unknown> = {};

  for (const [name, spec] of Object.entries(bound.definition.params)) {
    const node = bound.argumentNodes.get(name);
    const value = node === undefined ? undefined : readArgument(spec.type, node.value, resolve);
    const validated = validateArgument(name, spec, value, node?.span ?? bound.call.span);
    if (validated !== undefined) {
      args[name] = validated;
    }
  }

  return args;
}

/** Tells whether an argument's syntax contains a `?param` outside nested subqueries. */
function containsParameter(expr: Expr): boolean {
  switch (expr.kind) {
    case "Param":
      return true;
    case "Array":
      return expr.elements.some(containsParameter);
    case "Unary":
      return containsParameter(expr.operand);
    default:
      return false;
  }
}

/** Tells whether a regex source has a named group `(?<name>` (not a lookbehind `(?<=`, `(?<!`). */
export function hasNamedGroup(source: string): boolean {
  return /\(\?P?<(?![=!])/.test(source);
}

/** True for the filter `*`, which LogScale treats as "every event" rather than a text search. */
function isMatchAll(node: FreeText): boolean {
  return node.value.kind === "Pattern" && !node.value.quoted && node.value.text === "*";
}
