/**
 * Prints an AST back as canonical CQL text: one top-level step per line after a leading `| `,
 * single spaces around operators, and parentheses only where precedence needs them. Comments and
 * the original layout are not kept. Parsing the printed text gives the same AST, apart from
 * source positions.
 */
import type * as A from "./ast.js";
import { isNameChar, isPatternChar } from "./lexer.js";

/** Prints a whole query; nested pipelines go on one line. */
export function print(query: A.Query): string {
  return query.pipeline.steps.map((step) => printStep(step)).join("\n| ");
}

/** Prints a pipeline on one line, steps separated by ` | `. */
export function printPipeline(pipeline: A.Pipeline): string {
  return pipeline.steps.map((step) => printStep(step)).join(" | ");
}

function printStep(step: A.Step): string {
  switch (step.kind) {
    case "Assign":
      return `${printFieldName(step.target)} := ${printExpr(step.value)}`;
    case "FieldCall":
      return `${printFieldName(step.field)} =~ ${printCall(step.call)}`;
    case "Case":
      return `case { ${step.branches.map(printPipeline).join(" ; ")} }`;
    case "Match":
      return `${printFieldName(step.field)} match { ${step.arms.map(printArm).join(" ; ")} }`;
    case "StatsArray":
      return `[${step.elements.map(printExpr).join(", ")}]`;
    default:
      return printFilter(step);
  }
}

function printArm(arm: A.MatchArm): string {
  return `${printGuard(arm.guard)} => ${printPipeline(arm.body)}`;
}

function printGuard(guard: A.Guard): string {
  switch (guard.kind) {
    case "AnyGuard":
      return "*";
    case "Call":
      return printCall(guard);
    default:
      return printValue(guard);
  }
}

// ---------------------------------------------------------------------------------------------
// Filters

/** Filter precedence, loosest first: `and` (explicit or implicit), `or`, `not`. */
const FILTER_LEVEL: Partial<Record<A.FilterNode["kind"], number>> = { And: 1, Or: 2 };
const PRIMARY_FILTER = 3;

function printFilter(node: A.FilterNode): string {
  switch (node.kind) {
    case "FieldTest":
      return `${printFieldName(node.field)}${printComparison(node.op)}${printValue(node.value)}`;
    case "FreeText":
      return printValue(node.value);
    case "BoolFilter":
      return node.value ? "true" : "false";
    case "Call":
      return printCall(node);
    case "Link":
      return `${printFieldName(node.field)} <=> ${printFieldName(node.other)}`;
    case "Not":
      return node.syntax === "!" ? `!${printFilterOperand(node.operand, PRIMARY_FILTER)}` : `not ${printFilterOperand(node.operand, PRIMARY_FILTER)}`;
    case "Or":
      return node.operands.map((operand) => printFilterOperand(operand, PRIMARY_FILTER)).join(" or ");
    case "And": {
      const separator = node.implicit ? " " : " and ";
      return node.operands.map((operand) => printFilterOperand(operand, 2)).join(separator);
    }
  }
}

/** Prints a filter that stands where only filters binding at least as tightly as `level` may. */
function printFilterOperand(node: A.FilterNode, level: number): string {
  const own = FILTER_LEVEL[node.kind] ?? PRIMARY_FILTER;
  const text = printFilter(node);
  return own < level ? `(${text})` : text;
}

function printComparison(op: A.ComparisonOperator): string {
  return op === "like" ? " like " : op;
}

function printValue(value: A.PatternValue | A.RegexLiteral | A.ParamRef): string {
  switch (value.kind) {
    case "Pattern":
      return value.quoted ? quote(value.text) : value.text;
    case "Regex":
      return printRegex(value);
    case "Param":
      return printParam(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Calls and expressions

function printCall(call: A.Call): string {
  const args = call.args.map(printArg).join(", ");
  return `${call.saved ? printSavedName(call.name) : call.name}(${args})`;
}

function printArg(arg: A.Arg): string {
  const value = printExpr(arg.value);
  return arg.name === undefined ? value : `${arg.name}=${value}`;
}

/** Expression precedence, loosest first: comparisons, `+ -`, `* / %`, unary operators. */
const BINARY_LEVEL: Record<A.BinaryOperator, number> = {
  "==": 1,
  "!=": 1,
  "<": 1,
  "<=": 1,
  ">": 1,
  ">=": 1,
  "+": 2,
  "-": 2,
  "*": 3,
  "/": 3,
  "%": 3,
};
const UNARY_LEVEL = 4;

export function printExpr(expr: A.Expr): string {
  switch (expr.kind) {
    case "Bare":
      return expr.text;
    case "String":
      return quote(expr.value);
    case "Param":
      return printParam(expr);
    case "Regex":
      return printRegex(expr);
    case "Call":
      return printCall(expr);
    case "Array":
      return `[${expr.elements.map(printExpr).join(", ")}]`;
    case "Subquery":
      return `{ ${printPipeline(expr.pipeline)} }`;
    case "AssignExpr":
      return `${printFieldName(expr.target)} := ${printExpr(expr.value)}`;
    case "NamedQuery":
      return printNamedQuery(expr);
    case "Unary":
      return `${expr.op}${printOperand(expr.operand, UNARY_LEVEL, false)}`;
    case "Binary": {
      const level = BINARY_LEVEL[expr.op];
      // Comparisons do not chain, so a comparison operand of a comparison needs parentheses too.
      const left = printOperand(expr.left, level, level === 1);
      const right = printOperand(expr.right, level, true);
      return `${left} ${expr.op} ${right}`;
    }
  }
}

/** Wraps an operand in parentheses when its own operator binds looser than the parent's. */
function printOperand(expr: A.Expr, parentLevel: number, strict: boolean): string {
  const text = printExpr(expr);
  let own: number | undefined;
  if (expr.kind === "Binary") own = BINARY_LEVEL[expr.op];
  else if (expr.kind === "AssignExpr") own = 0;
  if (own === undefined) return text;
  return own < parentLevel || (strict && own === parentLevel) ? `(${text})` : text;
}

function printNamedQuery(query: A.NamedQuery): string {
  const options = query.options.map((option) => ` ${option.name ?? ""}: ${printExpr(option.value)}`).join("");
  return `${query.name}: { ${printPipeline(query.pipeline)} }${options}`;
}

// ---------------------------------------------------------------------------------------------
// Tokens

function printFieldName(name: A.FieldName): string {
  return name.quoted ? quote(name.name) : name.name;
}

/** A quoted string with the escapes the lexer reads back: `\"`, `\\`, `\n`, `\r` and `\t`. */
export function quote(value: string): string {
  const escaped = value.replace(/[\\"\n\r\t]/g, (char) => {
    switch (char) {
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "\t":
        return "\\t";
      default:
        return `\\${char}`;
    }
  });
  return `"${escaped}"`;
}

/** `/source/flags`, escaping each `/` that is not already part of an escape pair. */
function printRegex(regex: A.RegexLiteral): string {
  let source = "";
  for (let i = 0; i < regex.source.length; i++) {
    const char = regex.source[i]!;
    if (char === "\\" && i + 1 < regex.source.length) {
      source += char + regex.source[i + 1]!;
      i++;
    } else {
      source += char === "/" ? "\\/" : char;
    }
  }
  return `/${source}/${regex.flags}`;
}

function printParam(param: A.ParamRef): string {
  const name = isPlainParamName(param.name) ? param.name : quote(param.name);
  if (param.defaultValue === undefined) return `?${name}`;
  return `?{${name}=${printParamDefault(param.defaultValue)}}`;
}

function isPlainParamName(name: string): boolean {
  return /^[^-]/.test(name) && [...name].every((char, index) => {
    const code = char.codePointAt(0)!;
    return isNameChar(code) || (char === "-" && index < name.length - 1 && name[index + 1] !== "-");
  });
}

/** A parameter default is written bare unless it contains `}` or `"`, or starts or ends with a space. */
function printParamDefault(value: string): string {
  const plain = value !== "" && !/[}"]/.test(value) && value.trim() === value;
  if (plain) return value;
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function printSavedName(name: string): string {
  const plain = name !== "" && [...name].every((char) => char === "/" || isPatternChar(char.codePointAt(0)!));
  return plain ? `$${name}` : `$${quote(name)}`;
}
