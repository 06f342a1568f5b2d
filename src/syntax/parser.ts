/**
 * `parse(text)`: query text to AST, or a CqlSyntaxError listing every problem found. The parser
 * recovers after an error where chevrotain can, so one run reports mistakes in several steps.
 */
import { CqlSyntaxError, ErrorCodes } from "../errors/index.js";
import type { Query } from "./ast.js";
import { fromLexError, fromParseError, keepIndependent, spanPosition, type Diagnostic, type PlacedDiagnostic } from "./diagnostics.js";
import { grammar } from "./grammar.js";
import { tokenize } from "./lexer.js";
import { AstBuilder, type SyntaxProblem } from "./visitor.js";

export type { Diagnostic } from "./diagnostics.js";

/** Problems reported for one query at most; later ones are summed up in one last message. */
export const MAX_DIAGNOSTICS = 100;

export interface ParseOptions {
  /** File name used in error messages. */
  file?: string;
}

export interface ParseResult {
  /** The AST, present only when there were no problems. */
  ast?: Query;
  /** Every problem found, in source order. */
  diagnostics: Diagnostic[];
}

/** Parses a query; throws CqlSyntaxError (with every problem in `errors`) when it does not parse. */
export function parse(text: string, options: ParseOptions = {}): Query {
  const result = parseWithDiagnostics(text);
  if (result.ast) return result.ast;
  throw toSyntaxError(text, result.diagnostics, options.file);
}

/** Parses a query and returns the AST or the list of problems, without throwing. */
export function parseWithDiagnostics(text: string): ParseResult {
  try {
    return parseText(text);
  } catch (error) {
    // The lexer bounds bracket nesting, but a long chain of prefix operators (`- - - x`) also
    // recurses once per operator.
    if (!(error instanceof RangeError)) throw error;
    const message = "the query is nested too deeply to parse: split it into simpler steps";
    return { diagnostics: [{ code: ErrorCodes.syntax, message, line: 1, column: 1, offset: 0, length: 0 }] };
  }
}

function parseText(text: string): ParseResult {
  const lexed = tokenize(text);
  grammar.input = lexed.tokens;
  const cst = grammar.query();

  const placed: PlacedDiagnostic[] = [
    ...lexed.errors.slice(0, MAX_DIAGNOSTICS).map(fromLexError),
    ...grammar.errors.slice(0, MAX_DIAGNOSTICS).map((error) => fromParseError(error, lexed.tokens, text)),
  ];

  // After errors the tree is incomplete, but its intact steps can still hold problems worth
  // reporting in the same run, such as an unquoted `host-name` in another step.
  const builder = new AstBuilder({ tolerant: placed.length > 0 });
  const ast = builder.visit(cst) as Query;
  placed.push(...builder.problems.filter(isLocated).map(fromProblem));

  if (placed.length === 0) return { ast, diagnostics: [] };
  return { diagnostics: limit(keepIndependent(placed, lexed.tokens)) };
}

/** Keeps the first MAX_DIAGNOSTICS problems and says how many more there are. */
function limit(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;

  const next = diagnostics[MAX_DIAGNOSTICS]!;
  const more = diagnostics.length - MAX_DIAGNOSTICS;
  const message = `too many problems: ${more} more from here on are not shown; fix the ones above first`;
  return [...diagnostics.slice(0, MAX_DIAGNOSTICS), { ...next, code: ErrorCodes.syntax, message }];
}

export function toSyntaxError(text: string, diagnostics: Diagnostic[], file?: string): CqlSyntaxError {
  const located = (diagnostic: Diagnostic) => ({ ...diagnostic, source: text, ...(file !== undefined ? { file } : {}) });
  const [first, ...rest] = diagnostics;
  if (!first) throw new Error("internal error: no syntax problem to report");
  return new CqlSyntaxError(located(first), rest.map((diagnostic) => new CqlSyntaxError(located(diagnostic))));
}

function fromProblem(problem: SyntaxProblem): PlacedDiagnostic {
  const diagnostic = { code: ErrorCodes[problem.code], message: problem.message, ...spanPosition(problem.span) };
  return { diagnostic, anchor: problem.span.offset, source: "builder" };
}

/** Problems on tokens that recovery inserted have no position and are left out. */
function isLocated(problem: SyntaxProblem): boolean {
  return Number.isFinite(problem.span.offset);
}
