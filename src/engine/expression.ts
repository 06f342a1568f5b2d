/**
 * The expression compiler: turns an expression tree (the right side of `:=`, the argument of
 * test() and eval(), expression-typed parameters) into a closure over one event.
 *
 * The semantics follow the syntax-expressions docs page. Values carry no type at run time. A bare
 * word is a number, `true`/`false` or a field reference, and a quoted string is a literal. A
 * missing field yields null, operators on values of the wrong kind yield null rather than
 * failing, and null propagates through every operator.
 */
import type { Call, Expr, ParamRef, Span } from "../syntax/ast.js";
import type { CompiledExpression, Value } from "../functions/types.js";
import { isNumberText, toNumber } from "./values.js";

/** The services the expression compiler takes from the query compiler. */
export interface ExpressionEnvironment {
  resolveParameter(ref: ParamRef): string;
  /** Compiles a function call used as a value (`length(f)`, `in(...)`). */
  compileCall(call: Call): CompiledExpression;
  error(message: string, span: Span): never;
}

export function compileExpression(expr: Expr, env: ExpressionEnvironment): CompiledExpression {
  switch (expr.kind) {
    case "Bare":
      return compileBare(expr.text);
    case "String": {
      const value = expr.value;
      return () => value;
    }
    case "Param": {
      const value = env.resolveParameter(expr);
      return () => value;
    }
    case "Binary":
      return compileBinary(expr.op, compileExpression(expr.left, env), compileExpression(expr.right, env));
    case "Unary":
      return expr.op === "-" ? compileNegate(compileExpression(expr.operand, env)) : compileNot(compileExpression(expr.operand, env));
    case "Call":
      return env.compileCall(expr);
    case "Regex":
      return env.error("a regex cannot be used inside an expression; use a filter such as field = /re/ or regex()", expr.span);
    case "Array":
      return env.error("an array [...] cannot be used inside an expression", expr.span);
    case "Subquery":
      return env.error("a { ... } subquery cannot be used inside an expression", expr.span);
    case "AssignExpr":
      return env.error(`an assignment ${expr.target.name} := ... cannot be used inside an expression`, expr.span);
    case "NamedQuery":
      return env.error(`the named query ${expr.name}: { ... } can only stand inside correlate()`, expr.span);
  }
}

/** Compiles a bare word: a number literal, `true`, `false`, or the value of the field it names. */
function compileBare(text: string): CompiledExpression {
  if (isNumberText(text)) {
    const value = Number(text);
    return () => value;
  }

  if (text === "true" || text === "false") {
    const value = text === "true";
    return () => value;
  }

  return (event) => event.get(text) ?? null;
}

function compileBinary(op: string, left: CompiledExpression, right: CompiledExpression): CompiledExpression {
  switch (op) {
    case "+":
      return arithmetic(left, right, (a, b) => a + b);
    case "-":
      return arithmetic(left, right, (a, b) => a - b);
    case "*":
      return arithmetic(left, right, (a, b) => a * b);
    case "/":
      return arithmetic(left, right, (a, b) => a / b);
    case "%":
      return arithmetic(left, right, (a, b) => a % b);
    case "<":
      return ordering(left, right, (a, b) => a < b);
    case "<=":
      return ordering(left, right, (a, b) => a <= b);
    case ">":
      return ordering(left, right, (a, b) => a > b);
    case ">=":
      return ordering(left, right, (a, b) => a >= b);
    case "==":
      return equality(left, right, false);
    case "!=":
      return equality(left, right, true);
    default:
      throw new Error(`unknown binary operator ${op}`);
  }
}

/**
 * Compiles a numeric operator: null unless both sides are numbers. A result that is not a finite
 * number (division by zero, `0 % 0`) is also null, so it never becomes a field value such as
 * `Infinity` or `NaN`. No docs page shows what LogScale prints there.
 */
function arithmetic(left: CompiledExpression, right: CompiledExpression, apply: (a: number, b: number) => number): CompiledExpression {
  return (event) => {
    const a = toNumber(left(event));
    if (a === null) {
      return null;
    }

    const b = toNumber(right(event));
    if (b === null) {
      return null;
    }

    const result = apply(a, b);
    return Number.isFinite(result) ? result : null;
  };
}

/** `<`, `<=`, `>`, `>=` compare numbers only; anything else gives null (`"a" > 3`). */
function ordering(left: CompiledExpression, right: CompiledExpression, compare: (a: number, b: number) => boolean): CompiledExpression {
  return (event) => {
    const a = toNumber(left(event));
    if (a === null) {
      return null;
    }

    const b = toNumber(right(event));
    return b === null ? null : compare(a, b);
  };
}

/**
 * Compiles `==` and `!=`: null when a side is null. Two values that both read as numbers compare
 * as numbers (`"2.0" == 2` is true), two booleans as booleans (`"true" == true`), anything else
 * as exact text. Values of different kinds are unequal (`"a" == 2` is false).
 */
function equality(left: CompiledExpression, right: CompiledExpression, negate: boolean): CompiledExpression {
  return (event) => {
    const a = left(event);
    if (a === null) {
      return null;
    }

    const b = right(event);
    if (b === null) {
      return null;
    }

    return valuesEqual(a, b) !== negate;
  };
}

export function valuesEqual(a: Exclude<Value, null>, b: Exclude<Value, null>): boolean {
  const numberA = toNumber(a);
  const numberB = toNumber(b);
  if (numberA !== null || numberB !== null) {
    return numberA === numberB;
  }

  const booleanA = toBooleanValue(a);
  const booleanB = toBooleanValue(b);
  if (booleanA !== null || booleanB !== null) {
    return booleanA === booleanB;
  }

  return a === b;
}

/** Reads a value as a boolean: booleans and the strings `true` / `false`. */
export function toBooleanValue(value: Value): boolean | null {
  if (typeof value === "boolean") {
    return value;
  }

  if (value === "true") {
    return true;
  }

  return value === "false" ? false : null;
}

function compileNegate(operand: CompiledExpression): CompiledExpression {
  return (event) => {
    const value = toNumber(operand(event));
    return value === null ? null : -value;
  };
}

/** `!x`: negates a boolean; for a number, true exactly when it is 0; null for anything else. */
function compileNot(operand: CompiledExpression): CompiledExpression {
  return (event) => {
    const value = operand(event);
    const bool = toBooleanValue(value);
    if (bool !== null) {
      return !bool;
    }

    const number = toNumber(value);
    return number === null ? null : number === 0;
  };
}

/** Tells whether an expression value counts as true for test(): `true` or the text `true`. */
export function isTrue(value: Value): boolean {
  return value === true || value === "true";
}
