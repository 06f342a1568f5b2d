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
  const lexed = tokenize(text);
  grammar.input = lexed.tokens;
  const cst = grammar.query();

  const placed: PlacedDiagnostic[] = [
    ...lexed.errors.map(fromLexError),
    ...grammar.errors.map((error) => fromParseError(error, lexed.tokens, text)),
  ];

  // After errors the tree is incomplete, but its intact steps can still hold problems worth
  // reporting in the same run, such as an unquoted `host-name` in another step.
  const builder = new AstBuilder({ tolerant: placed.length > 0 });
  const ast = builder.visit(cst) as Query;
  placed.push(...builder.problems.filter(isLocated).map(fromProblem));

  if (placed.length === 0) return { ast, diagnostics: [] };
  return { diagnostics: keepIndependent(placed, lexed.tokens) };
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
