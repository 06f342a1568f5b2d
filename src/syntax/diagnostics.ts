/**
 * Syntax diagnostics: turns lexer errors and chevrotain's recognition errors into located
 * messages that state what was expected in plain words ("expected `)` to close `groupBy(` opened
 * at 3:10"), and drops the follow-on errors that recovery from one mistake produces.
 */
import type { IRecognitionException, IToken, TokenType } from "chevrotain";
import { ErrorCodes, type ErrorCode } from "../errors/index.js";
import type { Span } from "./ast.js";
import type { ParseErrorDetail } from "./grammar.js";
import type { LexError } from "./lexer.js";
import * as T from "./tokens.js";

/** One syntax problem, located. */
export interface Diagnostic {
  code: ErrorCode;
  message: string;
  line: number;
  column: number;
  offset: number;
  /** Length of the offending text; 0 marks a point, such as where a missing `)` belongs. */
  length: number;
}

/** A diagnostic with the token position that decides which pipeline step it belongs to. */
export interface PlacedDiagnostic {
  diagnostic: Diagnostic;
  /** Offset used to find the step: for an error at the end of the query, the text length. */
  anchor: number;
  /** Parse errors after another error in the same step are usually its consequence. */
  source: "lexer" | "parser" | "builder";
}

type Position = Pick<Diagnostic, "line" | "column" | "offset" | "length">;

const CLOSER_OF: Record<string, string> = { LParen: ")", LBracket: "]", LBrace: "}" };
const OPENER_OF: Record<string, string> = { RParen: "(", RBracket: "[", RBrace: "{" };
const OPENER_TYPE_OF_CLOSER: Record<string, string> = { RParen: "LParen", RBracket: "LBracket", RBrace: "LBrace" };

const EXPRESSION_RULES = new Set(["expression", "additive", "multiplicative", "unaryExpr", "primaryExpr"]);

const RULE_LABELS: Record<string, string> = {
  query: "a pipeline step",
  pipeline: "a pipeline step",
  step: "a pipeline step",
  filterExpr: "a filter",
  orFilter: "a filter",
  unaryFilter: "a filter",
  primaryFilter: "a filter",
  filterValue: "a value (a word, a quoted string, a regex or a ?parameter)",
  guard: "a match guard (a value, a regex, a filter function or *)",
  matchArm: "a match guard (a value, a regex, a filter function or *)",
  statsArray: "an aggregate function call",
  expression: "an expression",
  additive: "an expression",
  multiplicative: "an expression",
  unaryExpr: "an expression",
  primaryExpr: "an expression",
  fieldName: "a field name",
  call: "a function call",
  argument: "an argument",
  arrayLiteral: "an array element",
};

/** Token types that can start an argument, an array element or a pipeline step. */
const VALUE_STARTS = new Set<TokenType>([
  T.Word,
  T.StringLiteral,
  T.RegexLiteral,
  T.Param,
  T.FunctionName,
  T.SavedName,
  T.LBracket,
  T.LBrace,
]);

const TOKEN_LABELS = new Map(T.allTokens.map((type) => [type.name, type.LABEL ?? type.name]));

// ---------------------------------------------------------------------------------------------
// Lexer errors

export function fromLexError(error: LexError): PlacedDiagnostic {
  let code: ErrorCode = ErrorCodes.unexpectedCharacter;
  if (error.message.startsWith("unterminated string")) code = ErrorCodes.unterminatedString;
  else if (error.message.startsWith("unterminated regex")) code = ErrorCodes.unterminatedRegex;
  else if (error.message.startsWith("unterminated comment")) code = ErrorCodes.unterminatedComment;
  else if (error.message.startsWith("an unquoted pattern")) code = ErrorCodes.syntax;

  const diagnostic = { code, message: error.message, line: error.line, column: error.column, offset: error.offset, length: error.length };
  return { diagnostic, anchor: error.offset, source: "lexer" };
}

// ---------------------------------------------------------------------------------------------
// Parse errors

interface ErrorContext {
  detail: ParseErrorDetail;
  tokens: readonly IToken[];
  /** Index of the offending token; `tokens.length` at the end of the query. */
  index: number;
  /** The offending token, or undefined at the end of the query. */
  actual: IToken | undefined;
  previous: IToken | undefined;
  text: string;
}

interface Described {
  message: string;
  position: Position;
}

/** Describes one chevrotain error in terms of the query text. */
export function fromParseError(error: IRecognitionException, tokens: readonly IToken[], text: string): PlacedDiagnostic {
  const detail = JSON.parse(error.message) as ParseErrorDetail;
  const index = tokenIndex(tokens, error.token);
  const actual = tokens[index];
  const context: ErrorContext = { detail, tokens, index, actual, previous: tokens[index - 1], text };

  let described: Described;
  const misused = describeForeignOperator(context);
  if (misused) described = misused;
  else if (detail.kind === "mismatch") described = describeMismatch(context);
  else if (detail.kind === "notAllInput") described = describeLeftover(context);
  else described = describeNoViableAlternative(context);

  const code = actual === undefined ? ErrorCodes.unexpectedEnd : ErrorCodes.unexpectedToken;
  // An error found at a `|` or after a missing token belongs to the step before it.
  let anchor = actual === undefined ? text.length : Math.min(actual.startOffset, described.position.offset);
  if (actual?.tokenType === T.Pipe && context.previous) anchor = context.previous.startOffset;
  return { diagnostic: { code, message: described.message, ...described.position }, anchor, source: "parser" };
}

/** Operators from other languages: `||`, `&&`, `==` in a filter, `field in (...)`. */
function describeForeignOperator(context: ErrorContext): Described | undefined {
  const { actual, previous, tokens, index, detail } = context;
  if (!actual) return undefined;
  const position = at(actual);

  const next = tokens[index + 1];
  const firstPipe = previous?.tokenType === T.Pipe && adjacent(previous, actual) ? previous : actual;
  const secondPipe = firstPipe === actual ? next : actual;
  if (actual.tokenType === T.Pipe && secondPipe?.tokenType === T.Pipe && adjacent(firstPipe, secondPipe)) {
    return {
      message: "`||` is not a CQL operator: join filters with `or`, and start a new pipeline step with a single `|`",
      position: { ...at(firstPipe), length: 2 },
    };
  }
  if (actual.image === "&&") {
    return {
      message: "`&&` is not a CQL operator: join filters with `and` (or a space); an expression such as test() has no logical operators, so use one test() per condition",
      position,
    };
  }
  if (actual.tokenType === T.EqualsEquals && !EXPRESSION_RULES.has(detail.rule)) {
    return { message: "`==` only compares values inside expressions such as test(a == b); a filter compares a field with `=`", position };
  }
  if (actual.tokenType === T.Assign && (!previous || previous.tokenType === T.Pipe)) {
    return { message: "`:=` needs the name of the field to assign on its left, as in `total := a + b`", position };
  }
  return undefined;
}

function adjacent(first: IToken, second: IToken): boolean {
  return (first.endOffset ?? first.startOffset) + 1 === second.startOffset;
}

/** Describes a missing required token: usually a closing bracket, a `,` or a `=>`. */
function describeMismatch(context: ErrorContext): Described {
  const { detail, actual, previous } = context;
  const expected = detail.expected ?? "";

  if (OPENER_TYPE_OF_CLOSER[expected]) {
    return describeMissingCloser(context, expected);
  }

  if (expected === "Arrow") {
    return { message: `expected \`=>\` after the match guard, ${found(actual)}`, position: insertionPoint(context) };
  }

  const label = TOKEN_LABELS.get(expected) ?? expected;
  const after = previous ? ` after ${show(previous)}` : "";
  return { message: `expected ${label}${after}, ${found(actual)}`, position: insertionPoint(context) };
}

function describeMissingCloser(context: ErrorContext, expected: string): Described {
  const { actual, previous, detail } = context;
  const opener = findOpener(context.tokens, context.index, OPENER_TYPE_OF_CLOSER[expected]!);
  const closer = CLOSER_OF[OPENER_TYPE_OF_CLOSER[expected]!]!;
  if (!opener) {
    return { message: `expected \`${closer}\`, ${found(actual)}`, position: insertionPoint(context) };
  }

  const what = describeOpener(context.tokens, opener);
  const sqlIn = describeSqlIn(context.tokens, opener);
  if (sqlIn) return { message: sqlIn, position: at(opener) };

  const sameLine = actual !== undefined && previous !== undefined && actual.startLine === previous.endLine;

  if (actual && sameLine && VALUE_STARTS.has(actual.tokenType) && (detail.rule === "call" || detail.rule === "arrayLiteral" || detail.rule === "statsArray")) {
    const items = detail.rule === "call" ? "arguments" : "elements";
    return {
      message: `missing \`,\` before ${show(actual)}: separate the ${items} of ${what.text} with commas`,
      position: at(actual),
    };
  }

  if (actual && VALUE_STARTS.has(actual.tokenType) && what.branches) {
    return {
      message: `missing \`;\` before ${show(actual)}: separate the branches of ${what.text} opened at ${where(opener)} with \`;\``,
      position: insertionPoint(context),
    };
  }

  return {
    message: `expected \`${closer}\` to close ${what.text}${what.placed ? "" : ` opened at ${where(opener)}`}, ${found(actual)}`,
    position: insertionPoint(context),
  };
}

/** Tokens left over after a complete query: a missing `|`, a stray closing bracket, a `;`. */
function describeLeftover(context: ErrorContext): Described {
  const { actual, previous } = context;
  if (!actual) {
    return { message: "unexpected end of query", position: insertionPoint(context) };
  }

  const position = at(actual);
  const name = actual.tokenType.name;
  if (OPENER_OF[name]) {
    return { message: `unexpected ${show(actual)}: there is no open \`${OPENER_OF[name]}\` for it to close`, position };
  }
  if (actual.tokenType === T.Semicolon) {
    return {
      message: "unexpected `;`: pipeline steps are separated by `|`; `;` only separates the branches of case { } and match { }",
      position,
    };
  }
  if (actual.tokenType === T.Pipe && previous?.tokenType === T.Pipe) {
    return { message: "empty pipeline step between two `|`: remove one of them", position };
  }
  if (actual.tokenType === T.MatchKeyword) {
    return { message: "`match` needs the field to test before it, as in `status match { 200 => ... }`", position };
  }
  if (!previous) {
    return { message: `a query cannot start with ${show(actual)}`, position };
  }
  return { message: `expected \`|\` before ${show(actual)}: each new pipeline step starts with \`|\``, position };
}

/** No grammar alternative fits the next token. */
function describeNoViableAlternative(context: ErrorContext): Described {
  const { detail, actual, previous } = context;
  const position = actual ? at(actual) : insertionPoint(context);

  if (actual?.tokenType === T.Slash && EXPRESSION_RULES.has(detail.rule)) {
    return {
      message: "a regex literal cannot stand in an expression: filter with `field = /regex/` or call regex(), and use test() to compare values",
      position,
    };
  }
  if (detail.rule === "call" && followsFieldCall(context)) {
    const field = fieldBeforeFieldCall(context);
    const message = actual?.tokenType === T.RegexLiteral
      ? `\`=~\` takes a function call, not a regex: write \`${field} = ${actual.image}\` to match the field against the regex`
      : `expected a function call after \`=~\`, as in \`${field} =~ in(values=[...])\`, ${found(actual)}`;
    return { message, position };
  }
  if (detail.rule === "argument" && actual?.tokenType === T.RParen && previous?.tokenType === T.Comma) {
    return { message: "expected an argument after `,`, but found `)`: remove the trailing comma", position };
  }
  if (actual?.tokenType === T.Pipe && previous?.tokenType === T.Pipe) {
    return { message: "empty pipeline step between two `|`: remove one of them", position };
  }
  if (actual?.tokenType === T.MatchKeyword) {
    return { message: "`match` needs the field to test before it, as in `status match { 200 => ... }`", position };
  }

  const what = RULE_LABELS[detail.rule] ?? detail.rule;
  const after = previous ? ` after ${show(previous)}` : "";
  return { message: `expected ${what}${after}, ${found(actual)}`, position };
}

/** Finds the field name written before `=~`, or `field` when there is none. */
function fieldBeforeFieldCall(context: ErrorContext): string {
  for (let i = context.index - 1; i >= 1; i--) {
    if (context.tokens[i]!.tokenType === T.FieldCallOp) {
      const field = context.tokens[i - 1]!;
      return field.tokenType === T.Word || field.tokenType === T.StringLiteral ? field.image : "field";
    }
  }
  return "field";
}

function followsFieldCall(context: ErrorContext): boolean {
  const before = context.previous;
  if (before?.tokenType === T.FieldCallOp) return true;
  const earlier = context.tokens[context.index - 2];
  return (before?.tokenType === T.Bang || before?.tokenType === T.Not) && earlier?.tokenType === T.FieldCallOp;
}

// ---------------------------------------------------------------------------------------------
// Brackets

/** Finds the innermost bracket of type `openerType` still open before token `index`. */
function findOpener(tokens: readonly IToken[], index: number, openerType: string): IToken | undefined {
  const open: IToken[] = [];
  for (let i = 0; i < index && i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = token.tokenType.name;
    if (CLOSER_OF[name]) {
      open.push(token);
    } else if (OPENER_TYPE_OF_CLOSER[name] && open[open.length - 1]?.tokenType.name === OPENER_TYPE_OF_CLOSER[name]) {
      open.pop();
    }
  }
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i]!.tokenType.name === openerType) return open[i];
  }
  return undefined;
}

/** `field in (a, b)` written as in SQL: the `(` follows the word `in`. */
function describeSqlIn(tokens: readonly IToken[], opener: IToken): string | undefined {
  const index = tokens.indexOf(opener);
  const keyword = tokens[index - 1];
  if (opener.tokenType !== T.LParen || keyword?.tokenType !== T.Word || keyword.image.toLowerCase() !== "in") return undefined;

  const field = tokens[index - 2];
  const name = field?.tokenType === T.Word ? field.image : "field";
  return `\`${name} in (...)\` is SQL, not CQL: write in(field=${name}, values=[...]) to test a field against a list`;
}

/**
 * Names a bracket the way the user sees it: `groupBy(`, `case {`, or "the `[` opened at 1:5".
 * `placed` is true when the text already gives the position.
 */
function describeOpener(tokens: readonly IToken[], opener: IToken): { text: string; branches: boolean; placed?: boolean } {
  const before = tokens[tokens.indexOf(opener) - 1];
  const glued = before !== undefined && before.endOffset === opener.startOffset - 1;

  if (before && glued && (before.tokenType === T.FunctionName || before.tokenType === T.SavedName)) {
    return { text: `\`${before.image}(\``, branches: false };
  }
  if (before && opener.tokenType === T.LBrace && (before.tokenType === T.Case || before.tokenType === T.MatchKeyword)) {
    return { text: `\`${before.image} {\``, branches: true };
  }
  return { text: `the \`${opener.image}\` opened at ${where(opener)}`, branches: false, placed: true };
}

// ---------------------------------------------------------------------------------------------
// Positions and wording

function tokenIndex(tokens: readonly IToken[], token: IToken): number {
  if (token.tokenType.name === "EOF" || Number.isNaN(token.startOffset)) return tokens.length;
  const index = tokens.indexOf(token);
  return index === -1 ? tokens.length : index;
}

function at(token: IToken): Position {
  return {
    offset: token.startOffset,
    length: (token.endOffset ?? token.startOffset) - token.startOffset + 1,
    line: token.startLine ?? 1,
    column: token.startColumn ?? 1,
  };
}

/** Just after a token: where a missing token belongs. */
function after(token: IToken): Position {
  const end = token.endOffset ?? token.startOffset;
  return { offset: end + 1, length: 0, line: token.endLine ?? 1, column: (token.endColumn ?? 0) + 1 };
}

/**
 * Finds where a missing token should go: right after the previous token when the next one is on
 * a later line or the query ends, otherwise at the next token.
 */
function insertionPoint(context: ErrorContext): Position {
  const { actual, previous } = context;
  if (actual && (!previous || actual.startLine === previous.endLine)) return at(actual);
  if (previous) return after(previous);
  return { offset: 0, length: 0, line: 1, column: 1 };
}

function where(token: IToken): string {
  return `${token.startLine}:${token.startColumn}`;
}

const SHOWN_LENGTH = 40;

/** Quotes a token for a message, shortened when long. */
export function show(token: IToken): string {
  const image = token.image.length > SHOWN_LENGTH ? `${token.image.slice(0, SHOWN_LENGTH - 3)}...` : token.image;
  return `\`${image}\``;
}

function found(actual: IToken | undefined): string {
  return actual ? `but found ${show(actual)}` : "but the query ends";
}

// ---------------------------------------------------------------------------------------------
// Follow-on errors

/**
 * Keeps the diagnostics worth showing, in source order: every lexer and AST-builder problem, and
 * the first parse error of each pipeline step unless a lexer error came before it in that step.
 * Steps are split at `|` outside brackets and at a `|` that starts a line, so a step with an
 * unclosed bracket does not swallow the rest of the query.
 */
export function keepIndependent(placed: readonly PlacedDiagnostic[], tokens: readonly IToken[]): Diagnostic[] {
  const stepStarts = findStepStarts(tokens);
  const stepOf = (anchor: number): number => {
    let step = 0;
    while (step + 1 < stepStarts.length && stepStarts[step + 1]! <= anchor) step++;
    return step;
  };

  const sorted = [...placed].sort((a, b) => a.anchor - b.anchor || order(a) - order(b));
  const blockedSteps = new Set<number>();
  const kept: Diagnostic[] = [];
  const seenOffsets = new Set<number>();

  for (const entry of sorted) {
    const step = stepOf(entry.anchor);
    if (entry.source === "parser" && blockedSteps.has(step)) continue;
    if (entry.source !== "builder") blockedSteps.add(step);
    if (seenOffsets.has(entry.diagnostic.offset)) continue;
    seenOffsets.add(entry.diagnostic.offset);
    kept.push(entry.diagnostic);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}

/** Lexer errors sort before parse errors at the same place, and parse errors before builder problems. */
const SOURCE_ORDER: Record<PlacedDiagnostic["source"], number> = { lexer: 0, parser: 1, builder: 2 };

function order(entry: PlacedDiagnostic): number {
  return SOURCE_ORDER[entry.source];
}

/** Offsets where pipeline steps start: 0 and each step-separating `|`. */
function findStepStarts(tokens: readonly IToken[]): number[] {
  const starts = [0];
  let depth = 0;
  let previousLine = 0;

  for (const token of tokens) {
    const name = token.tokenType.name;
    const firstOnLine = (token.startLine ?? 0) !== previousLine;
    previousLine = token.endLine ?? previousLine;

    if (CLOSER_OF[name]) depth++;
    else if (OPENER_TYPE_OF_CLOSER[name]) depth = Math.max(0, depth - 1);
    else if (token.tokenType === T.Pipe && (depth === 0 || firstOnLine)) starts.push(token.startOffset);
  }
  return starts;
}

/** Position fields of a span, for problems found while building the AST. */
export function spanPosition(span: Span): Position {
  return { line: span.line, column: span.column, offset: span.offset, length: Math.max(0, span.end - span.offset) };
}
