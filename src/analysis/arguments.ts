/**
 * Reading a function argument's syntax by its parameter type, and validating the result with
 * the parameter's zod schema. Problems come back as `ArgumentProblem`s with the span of the
 * offending text, so analysis can raise them as query errors.
 */
import type { z } from "zod";
import type { Expr, ParamRef, Pipeline, Span } from "../syntax/ast.js";
import { isNumberText } from "../engine/values.js";
import type { ParamSpec, ParamType } from "../functions/types.js";

/** A problem with one argument, located in the query text. */
export class ArgumentProblem extends Error {
  readonly span: Span;

  constructor(message: string, span: Span) {
    super(message);
    this.name = "ArgumentProblem";
    this.span = span;
  }
}

/** A `?name` parameter that has neither a supplied value nor a default. */
export class MissingParameterError extends Error {
  readonly ref: ParamRef;

  constructor(ref: ParamRef) {
    super(`missing value for the query parameter ?${ref.name}: supply it in the run options' parameters, or give a default as ?{${ref.name}=value}`);
    this.name = "MissingParameterError";
    this.ref = ref;
  }
}

/** Looks up the value of a `?name` parameter; throws MissingParameterError when there is none. */
export type ParameterResolver = (ref: ParamRef) => string;

/** Builds a resolver over supplied values, falling back to the reference's default. */
export function parameterResolver(values: Readonly<Record<string, string>> | undefined): ParameterResolver {
  return (ref) => {
    if (values !== undefined && Object.prototype.hasOwnProperty.call(values, ref.name)) {
      return values[ref.name] as string;
    }

    if (ref.defaultValue !== undefined) {
      return ref.defaultValue;
    }

    throw new MissingParameterError(ref);
  };
}

/**
 * Reads an argument's syntax as `type` (see ParamType). Returns text, numbers, booleans, syntax
 * trees or lists of them; the zod schema then decides whether the result is acceptable.
 */
export function readArgument(type: ParamType, expr: Expr, resolve: ParameterResolver): unknown {
  switch (type) {
    case "string":
    case "field":
      return readText(expr, resolve);
    case "strings":
    case "fields":
      return listOf(expr).map((element) => readText(element, resolve));
    case "number":
      return readNumber(expr, resolve);
    case "boolean":
      return readBoolean(expr, resolve);
    case "expression":
    case "syntax":
      return expr;
    case "expressions":
      return listOf(expr);
    case "pipeline":
      return readPipeline(expr);
    case "pipelines":
      return listOf(expr).map(readPipeline);
    case "aggregates":
      return listOf(expr).map(readAggregate);
  }
}

function listOf(expr: Expr): Expr[] {
  return expr.kind === "Array" ? expr.elements : [expr];
}

/** Reads a bare word, quoted string, parameter or negative number as text. */
export function readText(expr: Expr, resolve: ParameterResolver): string {
  switch (expr.kind) {
    case "Bare":
      return expr.text;
    case "String":
      return expr.value;
    case "Param":
      return resolve(expr);
    case "Unary":
      if (expr.op === "-" && expr.operand.kind === "Bare" && isNumberText(expr.operand.text)) {
        return `-${expr.operand.text}`;
      }
      break;
    case "Array":
      throw new ArgumentProblem("expected a single value, not an array", expr.span);
    case "Subquery":
      throw new ArgumentProblem("expected a value, not a { ... } subquery", expr.span);
    case "Call":
      throw new ArgumentProblem(`expected a value, not a call of ${expr.name}()`, expr.span);
    default:
      break;
  }

  throw new ArgumentProblem("expected a field name, word or quoted string", expr.span);
}

function readNumber(expr: Expr, resolve: ParameterResolver): number | string {
  const text = readText(expr, resolve);
  return isNumberText(text) ? Number(text) : text;
}

/** Boolean arguments ignore case: a public CrowdStrike dashboard writes `percent=True`. */
function readBoolean(expr: Expr, resolve: ParameterResolver): boolean | string {
  const text = readText(expr, resolve);
  const lower = text.toLowerCase();
  if (lower === "true") {
    return true;
  }
  return lower === "false" ? false : text;
}

function readPipeline(expr: Expr): Pipeline {
  if (expr.kind !== "Subquery") {
    throw new ArgumentProblem("expected a { ... } subquery", expr.span);
  }
  return expr.pipeline;
}

function readAggregate(expr: Expr): Expr {
  if (expr.kind === "Call" || expr.kind === "Subquery" || expr.kind === "AssignExpr") {
    return expr;
  }

  throw new ArgumentProblem("expected an aggregate function call such as count(), a name := call, or a { ... } subquery", expr.span);
}

/**
 * Validates a read value (undefined when the argument was not given) with the parameter's
 * schema and returns the parsed result, defaults applied.
 */
export function validateArgument(name: string, spec: ParamSpec, value: unknown, span: Span): unknown {
  const result = spec.schema.safeParse(value);
  if (result.success) {
    return result.data;
  }

  if (value === undefined) {
    throw new ArgumentProblem(`missing required argument ${name}: ${spec.description}`, span);
  }

  throw new ArgumentProblem(`invalid value for ${name}: ${describeIssues(result.error.issues, value)}`, span);
}

/** Turns zod issues into one readable sentence. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], value: unknown): string {
  const issue = issues[0];
  if (issue === undefined) {
    return "the value is not accepted";
  }

  const given = describeValue(value, issue.path);

  switch (issue.code) {
    case "invalid_type":
      return `expected ${article(issue.expected)}, got ${given}`;
    case "too_small":
      return issue.origin === "array"
        ? `give at least ${String(issue.minimum)} value${issue.minimum === 1 ? "" : "s"}`
        : issue.origin === "string"
          ? "the value must not be empty"
          : `${given} is below the minimum ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array"
        ? `give at most ${String(issue.maximum)} values`
        : `${given} is above the maximum ${String(issue.maximum)}`;
    case "invalid_value":
      return `${given} is not one of ${issue.values.map((option) => JSON.stringify(option)).join(", ")}`;
    case "invalid_union": {
      // Every alternative failed; the first alternative's problem is the most telling one.
      const branch = issue.errors.find((errors) => errors.length > 0);
      return branch === undefined ? `${given} is not accepted` : describeIssues(branch, value);
    }
    case "invalid_format":
      return issue.format === "regex" ? `${given} does not have the expected form` : `${given} is not a valid ${issue.format}`;
    default:
      // Messages written in a schema are ours; zod's own generic text is replaced.
      return /^Invalid input/.test(issue.message) ? `${given} is not accepted` : issue.message;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    number: "a number",
    string: "a word or quoted string",
    boolean: "true or false",
    array: "an array [...]",
    int: "a whole number",
  };
  return words[expected] ?? expected;
}

function describeValue(value: unknown, path: readonly PropertyKey[]): string {
  let current = value;
  for (const key of path) {
    current = (current as Record<PropertyKey, unknown> | undefined)?.[key];
  }

  if (typeof current === "string") {
    return JSON.stringify(current);
  }

  if (typeof current === "number" || typeof current === "boolean") {
    return String(current);
  }

  if (Array.isArray(current)) {
    return "an array";
  }

  return current === undefined ? "nothing" : "a subquery or expression";
}
