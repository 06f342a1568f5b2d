/**
 * Error classes and the table of stable error codes. Every error the library raises on purpose is
 * a `CqlError` with a code from `ErrorCodes`. Errors tied to a place in the query text also carry
 * its position, and the API and the CLI render it the same way.
 */
import type { Span } from "../syntax/ast.js";

/**
 * Stable error codes. The prefix names the phase: `CQL1xxx` syntax, `CQL2xxx` analysis of the
 * query (functions, arguments, placement), `CQL3xxx` runtime (input data, options).
 */
export const ErrorCodes = {
  // Syntax: raised by the lexer and parser.
  unexpectedCharacter: "CQL1001",
  unexpectedToken: "CQL1002",
  unexpectedEnd: "CQL1003",
  unterminatedString: "CQL1004",
  unterminatedRegex: "CQL1005",
  unterminatedComment: "CQL1006",
  invalidEscape: "CQL1007",
  invalidFieldName: "CQL1008",
  invalidNumber: "CQL1009",
  invalidRegexFlag: "CQL1010",
  reservedWord: "CQL1011",
  emptyPipelineStep: "CQL1012",
  syntax: "CQL1099",

  // Analysis: the query parses but LogScale would reject it.
  unknownFunction: "CQL2001",
  unknownArgument: "CQL2002",
  duplicateArgument: "CQL2003",
  missingArgument: "CQL2004",
  invalidArgument: "CQL2005",
  noDefaultParameter: "CQL2006",
  notNegatable: "CQL2007",
  aggregateNotAllowed: "CQL2008",
  filterAfterAggregate: "CQL2009",
  missingParameter: "CQL2010",
  invalidRegex: "CQL2011",
  unsupportedRegex: "CQL2012",
  invalidExpression: "CQL2013",
  duplicateFunction: "CQL2014",
  notAllowedHere: "CQL2015",
  unknownSavedSearch: "CQL2016",
  unsupportedFunction: "CQL2017",

  // Runtime: bad input data or run options.
  invalidInput: "CQL3001",
  invalidOption: "CQL3002",
  missingFile: "CQL3003",
  invalidFile: "CQL3004",
  limitExceeded: "CQL3005",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Base class of every error the library raises on purpose. */
export class CqlError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "CqlError";
    this.code = code;
  }
}

/** The position of an error in the query text. */
export interface ErrorPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** UTF-16 offset into `source`. */
  offset: number;
  /** Length of the offending text in UTF-16 code units; 0 marks a point (e.g. end of input). */
  length: number;
}

export interface PositionedErrorInit extends ErrorPosition {
  code: ErrorCode;
  message: string;
  /** The whole query text. */
  source: string;
  /** The file the query came from, when there is one. */
  file?: string;
}

/** Builds the position part of an error from an AST span. */
export function positionOf(span: Span): ErrorPosition {
  return {
    line: span.line,
    column: span.column,
    offset: span.offset,
    length: Math.max(0, span.end - span.offset),
  };
}

/**
 * An error at a position in the query text. `message` is the bare message; `format()` adds the
 * location, the source line and a caret line.
 */
export class CqlPositionedError extends CqlError {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly length: number;
  readonly source: string;
  readonly file: string | undefined;

  constructor(init: PositionedErrorInit) {
    super(init.code, init.message);
    this.name = "CqlPositionedError";
    this.line = init.line;
    this.column = init.column;
    this.offset = init.offset;
    this.length = init.length;
    this.source = init.source;
    this.file = init.file;
  }

  /**
   * Renders `file:line:col: message`, then the source line and a caret line under the offending
   * text. Without a file name the location starts at the line number.
   */
  format(): string {
    return formatDiagnostic(this);
  }
}

/** A query that does not parse. Raised by the lexer and parser. */
export class CqlSyntaxError extends CqlPositionedError {
  /**
   * Every syntax error found, in source order, when the parser recovered and kept going; the
   * first entry is this error itself. A lone error lists only itself.
   */
  readonly errors: readonly CqlSyntaxError[];

  constructor(init: PositionedErrorInit, others: readonly CqlSyntaxError[] = []) {
    super(init);
    this.name = "CqlSyntaxError";
    this.errors = [this, ...others];
  }

  override format(): string {
    return this.errors.map((error) => formatDiagnostic(error)).join("\n");
  }
}

/** A query that parses but cannot run: unknown function, bad argument, misplaced aggregate... */
export class CqlQueryError extends CqlPositionedError {
  constructor(init: PositionedErrorInit) {
    super(init);
    this.name = "CqlQueryError";
  }
}

export interface RuntimeErrorInit {
  code: ErrorCode;
  message: string;
  /** The input file being read, when known. */
  file?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
}

/** A failure while running a query: invalid input data, a missing lookup file, a bad option. */
export class CqlRuntimeError extends CqlError {
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(init: RuntimeErrorInit) {
    super(init.code, init.message);
    this.name = "CqlRuntimeError";
    this.file = init.file;
    this.line = init.line;
  }

  /** Renders `file:line: message`, or the parts of the location that are known. */
  format(): string {
    if (this.file === undefined) {
      return this.line === undefined ? this.message : `line ${this.line}: ${this.message}`;
    }

    const location = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return `${location}: ${this.message}`;
  }
}

/** Renders one positioned error with its source line and caret line. */
export function formatDiagnostic(error: CqlPositionedError): string {
  const location = `${error.line}:${error.column}`;
  const header = error.file === undefined
    ? `${location}: ${error.message}`
    : `${error.file}:${location}: ${error.message}`;

  const lineText = sourceLine(error.source, error.offset);
  if (lineText === undefined) {
    return header;
  }

  return `${header}\n${lineText.text}\n${caretLine(lineText, error.offset, error.length)}`;
}

interface SourceLine {
  text: string;
  /** Offset of the line's first character in the source. */
  start: number;
}

/** Finds the line that contains `offset`; an offset at the end of the text belongs to the last line. */
function sourceLine(source: string, offset: number): SourceLine | undefined {
  if (offset < 0 || offset > source.length) {
    return undefined;
  }

  const start = source.lastIndexOf("\n", offset - 1) + 1;
  let end = source.indexOf("\n", offset);
  if (end === -1) {
    end = source.length;
  }

  const text = source.slice(start, end).replace(/\r$/, "");
  return { text, start };
}

/**
 * Builds the line of carets under the offending text. Tabs before the caret are kept, so the caret
 * lines up in a terminal. A span running past the line end is cut at the line end.
 */
function caretLine(line: SourceLine, offset: number, length: number): string {
  const before = line.text.slice(0, offset - line.start).replace(/[^\t]/g, " ");
  const available = Math.max(1, line.text.length - (offset - line.start));
  const width = Math.max(1, Math.min(length, available));
  return before + "^".repeat(width);
}
