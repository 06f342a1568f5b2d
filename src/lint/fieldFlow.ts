/**
 * The field flow: the fields events can have at each top-level step. Before the first aggregate any input
 * field may exist. An aggregate replaces the events with rows that hold only the fields it
 * writes (groupBy(): its keys and its functions' outputs), so from there on the set is known,
 * until a step whose outputs the linter cannot tell makes it unknown again.
 */
import type { Registry } from "../functions/registry.js";
import type * as A from "../syntax/ast.js";
import { argumentFor, fieldNamesOf, namedArgument, textOf } from "./walk.js";


/** The aggregate that produced a known field set. */
export interface FieldOrigin {
  /** The function name as written. */
  name: string;
  span: A.Span;
  /** groupBy() given `function=`, which replaces its default count() and so its `_count`. */
  replacedCount: boolean;
}

export type FieldSet =
  | { kind: "input" }
  | { kind: "unknown" }
  | { kind: "known"; fields: ReadonlySet<string>; origin: FieldOrigin };

export interface StepFields {
  step: A.Step;
  /** The fields events can have when they reach the step. */
  before: FieldSet;
  /** True when the step is an aggregate, or assigns the result of one (`n := count()`). */
  aggregate: boolean;
}

const INPUT: FieldSet = { kind: "input" };
const UNKNOWN: FieldSet = { kind: "unknown" };

/**
 * Aggregate functions by lower-case name, from LogScale's function index (docs page
 * functions-aggregate), for calls the registry does not know.
 */
const AGGREGATE_NAMES = new Set([
  "accumulate", "avg", "bucket", "callfunction", "collect", "correlate", "count", "counterasrate", "fieldstats",
  "groupby", "head", "linreg", "max", "min", "partition", "percentile", "range", "sankey", "selectfirst",
  "selectfrommax", "selectfrommin", "selectlast", "series", "session", "slidingtimewindow",
  "slidingwindow", "sort", "stats", "stddev", "sum", "table", "tail", "timechart", "top", "transpose", "window", "worldmap",
]);

/** Aggregates that pass their input events on (reordered or cut), so the field set stays. */
const PASSING_AGGREGATES = new Set(["sort", "head", "tail"]);

/**
 * Functions that add no field unless given `as=`: filters that only keep or drop events, and
 * transformations that change a value in place. Other filters may add fields (match() adds the
 * columns of its lookup file, regex() its named groups), so only these are taken as neutral.
 */
const NEUTRAL_FUNCTIONS = new Set(["in", "test", "cidr", "selfjoinfilter", "text:contains", "wildcard", "lower", "upper"]);

/**
 * The argument for a parameter. An unnamed argument binds to the function's default parameter,
 * taken from the registry. For functions the registry lacks, `usualDefault` tells whether
 * `param` is the default parameter in LogScale's function reference.
 */
export function argumentOf(call: A.Call, param: string, registry: Registry, usualDefault: boolean): A.Arg | undefined {
  const definition = registry.lookup(call.name);
  const isDefault = definition === undefined ? usualDefault : definition.defaultParam === param;
  return argumentFor(call, param, isDefault);
}

/** Tells whether a call is an aggregate, by the registry or else by LogScale's function index. */
export function isAggregateCall(call: A.Call, registry: Registry): boolean {
  const definition = registry.lookup(call.name);
  return definition === undefined ? AGGREGATE_NAMES.has(call.name.toLowerCase()) : definition.kind === "aggregate";
}

/** Computes the field set before each top-level step of the query. */
export function fieldFlow(query: A.Query, registry: Registry): StepFields[] {
  const result: StepFields[] = [];
  let current: FieldSet = INPUT;

  for (const step of query.pipeline.steps) {
    const aggregate = isAggregateStep(step, registry);
    result.push({ step, before: current, aggregate });
    current = aggregate ? afterAggregate(step, registry) : afterStep(step, current, registry);
  }

  return result;
}

function isAggregateStep(step: A.Step, registry: Registry): boolean {
  switch (step.kind) {
    case "StatsArray":
      return true;
    case "Call":
      return isAggregateCall(step, registry);
    case "Assign":
      return step.value.kind === "Call" && isAggregateCall(step.value, registry);
    default:
      return false;
  }
}

function afterAggregate(step: A.Step, registry: Registry): FieldSet {
  if (step.kind === "StatsArray") {
    return knownSet(elementOutputs(step.elements, registry), { name: "stats", span: step.span, replacedCount: false });
  }

  const call = step.kind === "Assign" ? (step.value as A.Call) : (step as A.Call);
  const name = call.name.toLowerCase();
  if (PASSING_AGGREGATES.has(name)) return UNKNOWN;

  const outputs = step.kind === "Assign" ? [step.target.name] : aggregateOutputs(call, registry);
  const replacedCount = name === "groupby" && namedArgument(call, "function") !== undefined;
  return knownSet(outputs, { name: call.name, span: call.span, replacedCount });
}

function knownSet(fields: string[] | undefined, origin: FieldOrigin): FieldSet {
  return fields === undefined ? UNKNOWN : { kind: "known", fields: new Set(fields), origin };
}

/** Lists the fields an aggregate call writes, or returns undefined when the linter cannot tell. */
function aggregateOutputs(call: A.Call, registry: Registry): string[] | undefined {
  const name = call.name.toLowerCase();
  const as = textOf(namedArgument(call, "as")?.value);
  const argument = (param: string, usualDefault: boolean) => argumentOf(call, param, registry, usualDefault)?.value;

  switch (name) {
    case "groupby": {
      const keys = fieldNamesOf(argument("field", true));
      const functions = namedArgument(call, "function");
      const outputs = functions === undefined ? ["_count"] : elementOutputs(listOf(functions.value), registry);
      return outputs === undefined ? undefined : [...keys, ...outputs];
    }
    case "stats": {
      const functions = argument("function", true);
      return functions === undefined ? ["_count"] : elementOutputs(listOf(functions), registry);
    }
    case "table":
    case "collect":
    case "selectlast":
    case "selectfirst":
      return fieldNamesOf(argument(name === "table" || name === "collect" ? "fields" : "field", true));
    case "count":
      return [as ?? "_count"];
    case "sum":
    case "avg":
    case "min":
    case "max":
      return [as ?? `_${name}`];
    default:
      return undefined;
  }
}

/** Lists the fields a list of aggregates writes (`[count(), n := max(x)]`), or returns undefined. */
function elementOutputs(elements: readonly A.Expr[], registry: Registry): string[] | undefined {
  const outputs: string[] = [];

  for (const element of elements) {
    let written: string[] | undefined;
    if (element.kind === "AssignExpr") written = [element.target.name];
    else if (element.kind === "Call") written = aggregateOutputs(element, registry);

    if (written === undefined) return undefined;
    outputs.push(...written);
  }

  return outputs;
}

/** `function=[a(), b()]`, `function=a()` and `function=([a(), b()])` all give a list. */
function listOf(expr: A.Expr): A.Expr[] {
  return expr.kind === "Array" ? expr.elements : [expr];
}

/** Computes the field set after a step that is not an aggregate. */
function afterStep(step: A.Step, before: FieldSet, registry: Registry): FieldSet {
  if (before.kind !== "known") return before;

  const fields = new Set(before.fields);
  const changed = (): FieldSet => ({ kind: "known", fields, origin: before.origin });

  switch (step.kind) {
    case "Assign":
      fields.add(step.target.name);
      return changed();
    case "FieldCall":
      return callEffect(step.call, fields, registry) ? changed() : UNKNOWN;
    case "Call":
      return callEffect(step, fields, registry) ? changed() : UNKNOWN;
    case "Case":
    case "Match":
      return UNKNOWN;
    default:
      for (const group of filterGroups(step)) fields.add(group);
      return changed();
  }
}

/** Applies a call's effect on the field set; false when the linter cannot tell it. */
function callEffect(call: A.Call, fields: Set<string>, registry: Registry): boolean {
  const name = call.name.toLowerCase();
  const as = textOf(namedArgument(call, "as")?.value);
  const argument = (param: string, usualDefault: boolean) => argumentOf(call, param, registry, usualDefault)?.value;

  switch (name) {
    case "eval":
      for (const arg of call.args) if (arg.name !== undefined) fields.add(arg.name);
      return true;
    case "rename": {
      const from = fieldNamesOf(argument("field", true));
      if (as === undefined || from.length !== 1) return false;
      fields.delete(from[0] as string);
      fields.add(as);
      return true;
    }
    case "drop":
      for (const field of fieldNamesOf(argument("fields", true))) fields.delete(field);
      return true;
    case "default":
      for (const field of fieldNamesOf(argument("field", false))) fields.add(field);
      return true;
    case "select": {
      const kept = new Set(fieldNamesOf(argument("fields", true)));
      for (const field of [...fields]) if (!kept.has(field)) fields.delete(field);
      return true;
    }
    case "regex":
      for (const group of namedGroups(textOf(argument("regex", true)) ?? "")) fields.add(group);
      return true;
  }

  if (as !== undefined) {
    fields.add(as);
    return true;
  }

  return NEUTRAL_FUNCTIONS.has(name);
}

/** Named groups of the field regexes in a filter step (`f=/(?<user>\w+)@/`), which add fields. */
function filterGroups(node: A.Step): string[] {
  switch (node.kind) {
    case "FieldTest":
      return node.value.kind === "Regex" && node.op !== "!=" ? namedGroups(node.value.source) : [];
    case "And":
      return node.operands.flatMap(filterGroups);
    default:
      return [];
  }
}

function namedGroups(source: string): string[] {
  return [...source.matchAll(/\(\?<([A-Za-z_][\w.]*)>/g)].map((match) => match[1] as string);
}
