/**
 * `parse(text)`: query text to AST, or a CqlSyntaxError listing every problem found. The parser
 * recovers after an error where chevrotain can, so one run reports several mistakes.
 */
import type { IRecognitionException, IToken } from "chevrotain";
import { CqlSyntaxError, ErrorCodes, type ErrorCode } from "../errors/index.js";
import type { Query, Span } from "./ast.js";
import { grammar, describe } from "./grammar.js";
import { tokenize, type LexError } from "./lexer.js";
import { AstBuilder, tokenSpan, type SyntaxProblem } from "./visitor.js";

export interface ParseOptions {
  /** File name used in error messages. */
  file?: string;
}

/** One syntax problem, located. */
export interface Diagnostic {
  code: ErrorCode;
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
}

export interface ParseResult {
  /** The AST, present only when there were no problems. */
  ast?: Query;
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
  const parseErrors = grammar.errors.map((error) => fromRecognition(error, lexed.tokens, text));
  const diagnostics = [...lexed.errors.map(fromLexError), ...parseErrors];

  if (diagnostics.length === 0) {
    const builder = new AstBuilder();
    const ast = builder.visit(cst) as Query;
    diagnostics.push(...builder.problems.map(fromProblem));
    if (diagnostics.length === 0) return { ast, diagnostics };
  }

  diagnostics.sort((a, b) => a.offset - b.offset);
  return { diagnostics: dropDuplicates(diagnostics) };
}

export function toSyntaxError(text: string, diagnostics: Diagnostic[], file?: string): CqlSyntaxError {
  const errors = diagnostics.map(
    (diagnostic) => new CqlSyntaxError({ ...diagnostic, source: text, ...(file !== undefined ? { file } : {}) }),
  );
  const [head, ...rest] = errors;
  if (!head) throw new Error("internal error: no syntax problem to report");
  return new CqlSyntaxError({ ...diagnostics[0]!, source: text, ...(file !== undefined ? { file } : {}) }, rest);
}

function fromLexError(error: LexError): Diagnostic {
  let code: ErrorCode = ErrorCodes.unexpectedCharacter;
  if (error.message.startsWith("unterminated string")) code = ErrorCodes.unterminatedString;
  else if (error.message.startsWith("unterminated regex")) code = ErrorCodes.unterminatedRegex;
  else if (error.message.startsWith("unterminated comment")) code = ErrorCodes.unterminatedComment;
  else if (error.message.startsWith("an unquoted pattern")) code = ErrorCodes.syntax;
  return { code, message: error.message, line: error.line, column: error.column, offset: error.offset, length: error.length };
}

function fromProblem(problem: SyntaxProblem): Diagnostic {
  return { code: ErrorCodes[problem.code], message: problem.message, ...spanPosition(problem.span) };
}

function spanPosition(span: Span): Pick<Diagnostic, "line" | "column" | "offset" | "length"> {
  return { line: span.line, column: span.column, offset: span.offset, length: Math.max(0, span.end - span.offset) };
}

/** Locates a chevrotain error; an error at the end of input points just past the last token. */
function fromRecognition(error: IRecognitionException, tokens: IToken[], text: string): Diagnostic {
  const token = error.token;
  const atEnd = token.tokenType.name === "EOF" || Number.isNaN(token.startOffset);
  const code = atEnd ? ErrorCodes.unexpectedEnd : ErrorCodes.unexpectedToken;
  const message = error.message + closingHint(error, tokens);

  if (atEnd) {
    const last = tokens[tokens.length - 1];
    const offset = last ? (last.endOffset ?? last.startOffset) + 1 : text.length;
    return { code, message, ...pointAt(text, offset) };
  }
  return { code, message, ...spanPosition(tokenSpan(token)) };
}

function pointAt(text: string, offset: number): Pick<Diagnostic, "line" | "column" | "offset" | "length"> {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column, offset, length: 0 };
}

const OPENERS: Record<string, string> = { LParen: ")", LBracket: "]", LBrace: "}" };
const CLOSERS: Record<string, string> = { RParen: ")", RBracket: "]", RBrace: "}" };

/**
 * When the parser expected a closing bracket, names the bracket it would close and where that
 * bracket was opened: "expected `)` ... to close `groupBy(` opened at 3:10".
 */
function closingHint(error: IRecognitionException, tokens: IToken[]): string {
  const expected = /expected `([)\]}])`/.exec(error.message)?.[1];
  if (!expected) return "";

  const stop = Number.isNaN(error.token.startOffset) ? Infinity : error.token.startOffset;
  const open: IToken[] = [];
  for (const token of tokens) {
    if (token.startOffset >= stop) break;
    if (OPENERS[token.tokenType.name]) open.push(token);
    else if (CLOSERS[token.tokenType.name]) open.pop();
  }
  const opener = [...open].reverse().find((token) => OPENERS[token.tokenType.name] === expected);
  if (!opener) return "";

  const index = tokens.indexOf(opener);
  const previous = tokens[index - 1];
  const glued = previous && previous.endOffset === opener.startOffset - 1;
  const what = glued && (previous.tokenType.name === "FunctionName" || previous.tokenType.name === "SavedName")
    ? `\`${previous.image}(\``
    : `the \`${opener.image}\``;
  return ` to close ${what} opened at ${opener.startLine}:${opener.startColumn}`;
}

/** Recovery can report the same spot twice; keep the first message per offset. */
function dropDuplicates(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<number>();
  return diagnostics.filter((diagnostic) => {
    if (seen.has(diagnostic.offset)) return false;
    seen.add(diagnostic.offset);
    return true;
  });
}

export { describe as describeToken };
