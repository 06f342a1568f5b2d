/**
 * The CQL lexer.
 *
 * The same characters mean different things by context, so the lexer tracks where it is:
 *
 * - filter context (a pipeline step, `{ }`, `( )` around filters): unquoted words are patterns and
 *   may contain `* + - : ~` and, after the first character, `/` (`https://x/`, `foo=m/fisk/i`);
 *   a `/` that starts a token begins a regex literal, or a comment when doubled.
 * - value context (arguments of most functions): words are patterns as in filter context, so
 *   `values=[*.exe]`, `span=1h` and `timezone=Europe/Berlin` are single words.
 * - expression context (after `:=`, and inside `test()`, `eval()`, `if()` and the other functions
 *   whose arguments are expressions): words are field names or numbers, and `+ - * / %` are
 *   operators, so `a:=/x/` is a division and therefore an error, as in LogScale.
 *
 * Contexts nest with brackets. An expression after `:=` ends at `|`, `;`, `,` or a closing bracket
 * of the enclosing context.
 *
 * A word directly followed by `(` is a function name, except right after a comparison operator in
 * filter context, where it is a value. In an argument list, a word ending in `:` before `{` or `[`
 * is a label of correlate() (`login: { ... } include: [aid]`).
 */
import { createTokenInstance, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";

/** Functions whose arguments are expressions rather than field names or patterns (lower case). */
const EXPRESSION_FUNCTIONS = new Set([
  "test",
  "eval",
  "if",
  "coalesce",
  "getfield",
  "setfield",
]);

/** Namespaces whose functions take expression arguments (`text:contains(string=..., ...)`). */
const EXPRESSION_NAMESPACES = new Set(["text"]);

/**
 * Deepest bracket nesting the lexer accepts. The parser recurses once per level, so an unbounded
 * depth would overflow the stack. Of about 3,000 public queries measured, the deepest nests 23 levels.
 */
export const MAX_NESTING = 64;

/** Filter operators whose right side is a value, never a function call. */
const COMPARISONS = new Set<TokenType>([
  T.Equals,
  T.NotEquals,
  T.Like,
  T.LessThan,
  T.LessOrEqual,
  T.GreaterThan,
  T.GreaterOrEqual,
]);

export interface LexError {
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  /** The offending text, as written. */
  text: string;
}

export interface LexResult {
  tokens: IToken[];
  errors: LexError[];
}

/** Payload of a StringLiteral token: the unescaped value. */
export interface StringPayload {
  value: string;
}

/** Payload of a RegexLiteral token. */
export interface RegexPayload {
  source: string;
  flags: string;
}

/** Payload of a Param token. */
export interface ParamPayload {
  name: string;
  defaultValue?: string;
}

/** Payload of a SavedName token. */
export interface SavedPayload {
  name: string;
}

type Mode = "filter" | "value" | "expr";

interface Frame {
  mode: Mode;
  /** The closing character, or null for the root and for an expression after `:=`. */
  closer: ")" | "]" | "}" | null;
  /** An expression after `:=`: ends without consuming the terminator. */
  soft: boolean;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b]);

/** UnquotedFieldNameChar: `# % & . 0-9 @ A-Z \ ^ _ a-z`, Latin-1 letters, and any code point past U+00FF. */
export function isNameChar(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true; // a-z
  if (code >= 0x41 && code <= 0x5a) return true; // A-Z
  if (code >= 0x30 && code <= 0x39) return true; // 0-9
  switch (code) {
    case 0x23: // #
    case 0x25: // %
    case 0x26: // &
    case 0x2e: // .
    case 0x40: // @
    case 0x5c: // backslash
    case 0x5e: // ^
    case 0x5f: // _
      return true;
  }
  if (code >= 0xa1 && code <= 0xaa) return true;
  if (code >= 0xae && code <= 0xba) return true;
  if (code >= 0xbc && code <= 0xff) return true;
  return code > 0xff && !isUnicodeSpace(code);
}

/** UnquotedPatternChar adds `* + - : ~ ¬` to the field-name characters. */
export function isPatternChar(code: number): boolean {
  switch (code) {
    case 0x2a: // *
    case 0x2b: // +
    case 0x2d: // -
    case 0x3a: // :
    case 0x7e: // ~
    case 0xac: // ¬
      return true;
  }
  return isNameChar(code);
}

function isUnicodeSpace(code: number): boolean {
  return code === 0x2028 || code === 0x2029 || code === 0xfeff || /\s/.test(String.fromCharCode(code));
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

export function tokenize(text: string): LexResult {
  return new CqlLexer(text).run();
}

class CqlLexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: IToken[] = [];
  private readonly errors: LexError[] = [];
  private readonly stack: Frame[] = [{ mode: "filter", closer: null, soft: false }];
  /** Prefix operators emitted in a row just before the current position. */
  private prefixRun = 0;

  constructor(private readonly text: string) {}

  run(): LexResult {
    while (this.skipTrivia()) {
      const before = this.pos;
      const depth = this.stack.length;
      this.lexToken();
      if (this.pos === before && this.stack.length === depth) {
        throw new Error(`internal error: the lexer made no progress at offset ${before}`);
      }
    }
    return { tokens: this.tokens, errors: this.errors };
  }

  private get frame(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private code(at = this.pos): number {
    return at < this.text.length ? this.text.charCodeAt(at) : -1;
  }

  private char(at = this.pos): string {
    return this.text.charAt(at);
  }

  // -------------------------------------------------------------------------------------------
  // Whitespace and comments

  /** Skip whitespace and comments; false at the end of the input. */
  private skipTrivia(): boolean {
    for (;;) {
      const code = this.code();
      if (code === -1) return false;
      if (WHITESPACE.has(code) || (code > 0x7f && isUnicodeSpace(code))) {
        this.advance(1);
        continue;
      }
      if (code === 0x2f && this.atCommentStart()) {
        this.skipComment();
        continue;
      }
      return true;
    }
  }

  /**
   * `//` and `/*` start comments at a token boundary. In expression context a `/` right after an
   * operand is division, so a comment there needs whitespace before it.
   */
  private atCommentStart(): boolean {
    const next = this.code(this.pos + 1);
    if (next !== 0x2f && next !== 0x2a) return false;
    if (this.frame.mode !== "expr") return true;
    return this.pos === 0 || WHITESPACE.has(this.code(this.pos - 1));
  }

  private skipComment(): void {
    if (this.code(this.pos + 1) === 0x2f) {
      while (this.code() !== -1 && this.code() !== 0x0a) this.advance(1);
      return;
    }
    const start = this.pos;
    const close = this.text.indexOf("*/", this.pos + 2);
    if (close === -1) {
      this.error(start, 2, "unterminated comment: `/*` has no closing `*/`");
      this.advance(this.text.length - this.pos);
      return;
    }
    this.advance(close + 2 - this.pos);
  }

  private bracketDepth(): number {
    return this.stack.filter((frame) => frame.closer !== null).length;
  }

  /** Reports brackets nested too deeply and skips the rest of the text, so the parser never receives them. */
  private stopAtNesting(): void {
    this.error(this.pos, 1, `brackets are nested more than ${MAX_NESTING} levels deep here: split the query into simpler steps`);
    this.advance(this.text.length - this.pos);
  }

  /** Move forward, keeping the line count. */
  private advance(count: number): void {
    const stop = this.pos + count;
    while (this.pos < stop) {
      if (this.text.charCodeAt(this.pos) === 0x0a) {
        this.line++;
        this.lineStart = this.pos + 1;
      }
      this.pos++;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Tokens

  private lexToken(): void {
    const frame = this.frame;
    const c = this.char();

    if (frame.soft && (c === "|" || c === ";" || c === "," || c === ")" || c === "]" || c === "}")) {
      this.stack.pop();
      return;
    }

    if ((c === "(" || c === "[" || c === "{") && this.bracketDepth() >= MAX_NESTING) {
      return this.stopAtNesting();
    }

    switch (c) {
      case "|":
        return this.emitFixed(T.Pipe, 1);
      case ",":
        return this.emitFixed(T.Comma, 1);
      case ";":
        return this.emitFixed(T.Semicolon, 1);
      case "(":
        return this.openParen();
      case "[":
        this.emitFixed(T.LBracket, 1);
        this.stack.push({ mode: frame.mode === "filter" ? "value" : frame.mode, closer: "]", soft: false });
        return;
      case "{":
        this.emitFixed(T.LBrace, 1);
        this.stack.push({ mode: "filter", closer: "}", soft: false });
        return;
      case ")":
      case "]":
      case "}":
        return this.close(c);
      case '"':
        return this.lexString();
      case "?":
        return this.lexParam();
      case "$":
        return this.lexSavedName();
      case "/":
        if (frame.mode === "expr") return this.emitFixed(T.Slash, 1);
        return this.lexRegex();
    }

    if (this.lexOperator()) return;
    this.lexWord();
  }

  private lexOperator(): boolean {
    const c = this.char();
    const next = this.char(this.pos + 1);
    const mode = this.frame.mode;

    if (c === ":" && next === "=") {
      this.emitFixed(T.Assign, 2);
      this.stack.push({ mode: "expr", closer: null, soft: true });
      return true;
    }
    if (c === "=") {
      if (next === "~") return this.emitFixed(T.FieldCallOp, 2), true;
      if (next === "=") return this.emitFixed(T.EqualsEquals, 2), true;
      if (next === ">") return this.emitFixed(T.Arrow, 2), true;
      return this.emitFixed(T.Equals, 1), true;
    }
    if (c === "!") {
      if (next === "=") return this.emitFixed(T.NotEquals, 2), true;
      return this.emitFixed(T.Bang, 1), true;
    }
    if (c === "<") {
      if (next === "=" && this.char(this.pos + 2) === ">") return this.emitFixed(T.LinkOp, 3), true;
      if (next === "=") return this.emitFixed(T.LessOrEqual, 2), true;
      return this.emitFixed(T.LessThan, 1), true;
    }
    if (c === ">") {
      if (next === "=") return this.emitFixed(T.GreaterOrEqual, 2), true;
      return this.emitFixed(T.GreaterThan, 1), true;
    }
    if (mode === "expr") {
      const operator = { "+": T.Plus, "-": T.Minus, "*": T.Star, "%": T.Percent }[c];
      if (operator) return this.emitFixed(operator, 1), true;
    }
    return false;
  }

  /** `(` after a function name opens its argument list; otherwise it groups. */
  private openParen(): void {
    const previous = this.tokens[this.tokens.length - 1];
    const glued = previous !== undefined && previous.endOffset === this.pos - 1;
    this.emitFixed(T.LParen, 1);

    if (glued && (previous.tokenType === T.FunctionName || previous.tokenType === T.SavedName)) {
      const name = previous.image.toLowerCase();
      const namespace = name.includes(":") ? name.slice(0, name.indexOf(":")) : "";
      const expression = EXPRESSION_FUNCTIONS.has(name) || EXPRESSION_NAMESPACES.has(namespace);
      this.stack.push({ mode: expression ? "expr" : "value", closer: ")", soft: false });
      return;
    }
    this.stack.push({ mode: this.frame.mode, closer: ")", soft: false });
  }

  private close(c: ")" | "]" | "}"): void {
    while (this.stack.length > 1 && this.frame.soft) this.stack.pop();

    if (this.stack.length > 1 && this.frame.closer === c) {
      this.stack.pop();
    }
    // An unmatched closer is left for the parser, which reports it with what it expected.
    const type = c === ")" ? T.RParen : c === "]" ? T.RBracket : T.RBrace;
    this.emitFixed(type, 1);
  }

  // -------------------------------------------------------------------------------------------
  // Words

  private lexWord(): void {
    const start = this.pos;
    const mode = this.frame.mode;
    const first = this.code();
    const accepts = mode === "expr" ? isNameChar : isPatternChar;

    if (first === 0x27) return this.reportSingleQuotes(start);
    if (!accepts(first) && first !== 0x60) {
      const shown = String.fromCodePoint(this.text.codePointAt(this.pos) ?? first);
      this.error(start, shown.length, `unexpected character \`${shown}\``);
      this.advance(shown.length);
      return;
    }

    let end = this.scanWord(start, mode);
    if (end === start) {
      this.error(start, 1, `unexpected character \`${this.char()}\``);
      this.advance(1);
      return;
    }
    end = this.scanNamespacedCall(start, end, mode);
    if (this.isLabel(start, end, mode)) {
      this.emit(T.Word, start, end - 1);
      this.emit(T.Colon, end - 1, end);
      return;
    }
    const image = this.text.slice(start, end);
    const type = this.classifyWord(image, end, mode);

    if (type === T.Word && mode !== "expr" && image.length > 2 && image.endsWith("//")) {
      this.error(start, image.length, `an unquoted pattern cannot end with \`//\`: put \`${image}\` in double quotes`);
    }
    this.emit(type, start, end);
  }

  /** Finds the end of a word starting at `start`: name or pattern characters, `[n]` indexes, backtick members. */
  private scanWord(start: number, mode: Mode): number {
    const text = this.text;
    let i = start;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x3a && text.charCodeAt(i + 1) === 0x3d) break; // `:=`
      if (mode === "expr" ? isNameChar(code) : isPatternChar(code)) {
        i++;
        continue;
      }
      if (code === 0x2f && mode !== "expr" && i > start) {
        i++;
        continue;
      }
      if (code === 0x5b && i > start) {
        const index = /^\[\d*\]/.exec(text.slice(i, i + 24));
        if (index) {
          i += index[0].length;
          continue;
        }
        break;
      }
      if (code === 0x60) {
        const close = text.indexOf("`", i + 1);
        const newline = text.indexOf("\n", i + 1);
        if (close === -1 || (newline !== -1 && newline < close)) break;
        i = close + 1;
        continue;
      }
      break;
    }
    return i;
  }

  /** In expression context `ns:name(` is a namespaced call even though `:` is not a name character. */
  private scanNamespacedCall(start: number, end: number, mode: Mode): number {
    if (mode !== "expr" || this.text.charCodeAt(end) !== 0x3a) return end;
    const rest = /^:[A-Za-z_][\w.]*(?=\()/.exec(this.text.slice(end, end + 64));
    return rest ? end + rest[0].length : end;
  }

  /**
   * Checks for a label: a word ending in `:` before `{` or `[` in an argument list, which names a
   * correlate() query (`login: { ... }`) or one of its options (`include: [user]`).
   */
  private isLabel(start: number, end: number, mode: Mode): boolean {
    if (mode !== "value" || end - start < 2 || this.text.charCodeAt(end - 1) !== 0x3a) return false;
    const next = this.nextSignificant(end);
    return next === "{" || next === "[";
  }

  private classifyWord(image: string, end: number, mode: Mode): TokenType {
    const lower = image.toLowerCase();
    if (mode === "filter" && this.followsComparison()) {
      // The right side of `=` is always a value: in `#category=Request(uri=...)` the `(` groups.
      return T.Word;
    }
    if (this.text.charCodeAt(end) === 0x28) {
      if (mode === "filter" && (lower === "not" || lower === "and" || lower === "or")) {
        return lower === "not" ? T.Not : lower === "and" ? T.And : T.Or;
      }
      return T.FunctionName;
    }
    if (mode !== "filter") return T.Word;

    switch (lower) {
      case "and":
        return T.And;
      case "or":
        return T.Or;
      case "not":
        return T.Not;
      case "like":
        return T.Like;
      case "case":
        return this.nextSignificant(end) === "{" ? T.Case : T.Word;
      case "match":
        return this.nextSignificant(end) === "{" ? T.MatchKeyword : T.Word;
    }
    return T.Word;
  }

  private followsComparison(): boolean {
    const previous = this.tokens[this.tokens.length - 1]?.tokenType;
    return previous !== undefined && COMPARISONS.has(previous);
  }

  /** The next character after whitespace and comments, without moving. */
  private nextSignificant(from: number): string {
    const rest = this.text.slice(from);
    const match = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(rest);
    return rest.charAt(match ? match[0].length : 0);
  }

  // -------------------------------------------------------------------------------------------
  // Strings, regexes, parameters, saved searches

  /** `"..."` with the escapes `\"`, `\\` and `\n`; any other backslash is kept with its character. */
  /**
   * `"..."`. An unterminated string still becomes a token, holding the rest of the text, so the
   * parser does not report a missing value on top of the lexer's error.
   */
  private lexString(): void {
    const start = this.pos;
    const value = this.scanQuoted(start) ?? this.text.slice(start + 1);
    this.emit(T.StringLiteral, start, this.pos, { value } satisfies StringPayload, false);
  }

  /** Reads a quoted string at `start` and moves past it; null (after an error) when unterminated. */
  private scanQuoted(start: number): string | null {
    const text = this.text;
    let value = "";
    let i = start + 1;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        this.advance(i + 1 - start);
        return value;
      }
      if (c === "\\" && i + 1 < text.length) {
        const next = text[i + 1]!;
        if (next === '"' || next === "\\") value += next;
        else if (next === "n") value += "\n";
        else if (next === "t") value += "\t";
        else if (next === "r") value += "\r";
        else value += c + next;
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    this.error(start, 1, "unterminated string: add the closing `\"`");
    this.advance(text.length - start);
    return null;
  }

  /**
   * `/source/flags`. `\/` is a slash inside the regex, and so is a `/` inside a character class
   * (`[^\\/]`), as in the regex literals of CrowdStrike's own packages. A regex may not span lines.
   */
  private lexRegex(): void {
    const start = this.pos;
    const text = this.text;
    const lineEnd = text.indexOf("\n", start) === -1 ? text.length : text.indexOf("\n", start);
    const close = findRegexEnd(text, start + 1, lineEnd, true) ?? findRegexEnd(text, start + 1, lineEnd, false);
    if (close === undefined) {
      this.error(start, lineEnd - start, `unterminated regex: add the closing \`/\` on the same line${this.divisionHint()}`);
      this.advance(lineEnd - start);
      this.emit(T.RegexLiteral, start, lineEnd, { source: text.slice(start + 1, lineEnd), flags: "" } satisfies RegexPayload, false);
      return;
    }
    const source = text.slice(start + 1, close).replace(/\\(.)/g, (pair, escaped: string) => (escaped === "/" ? "/" : pair));
    let i = close + 1;
    let flags = "";
    while (i < text.length && isLetter(text.charCodeAt(i))) flags += text[i++];
    this.advance(i - start);
    this.emit(T.RegexLiteral, start, i, { source, flags } satisfies RegexPayload, false);
  }

  /**
   * Suggests division for a `/` after an operand in an argument list: only expression arguments
   * (test(), eval(), if() ...) and `:=` have arithmetic.
   */
  private divisionHint(): string {
    const previous = this.tokens[this.tokens.length - 1]?.tokenType;
    const afterOperand = previous === T.Word || previous === T.RParen || previous === T.StringLiteral;
    if (this.frame.mode !== "value" || !afterOperand) return "";
    return "; if you meant division, compute it in an expression first, e.g. `ratio := a / b`, because arguments of this function are not expressions";
  }

  /** `?name`, `?"name"` or `?{name=default}`. */
  private lexParam(): void {
    const start = this.pos;
    if (this.char(start + 1) === "{") {
      return this.lexParamWithDefault(start);
    }
    if (this.char(start + 1) === '"') {
      this.advance(1);
      const name = this.scanQuoted(start + 1);
      if (name === null) return;
      this.emit(T.Param, start, this.pos, { name } satisfies ParamPayload, false);
      return;
    }
    const i = this.scanParamName(start + 1);
    if (i === start + 1) {
      this.error(start, 1, "a query parameter needs a name after `?`, as in `?host`");
      this.advance(1);
      return;
    }
    this.advance(i - start);
    this.emit(T.Param, start, i, { name: this.text.slice(start + 1, i) } satisfies ParamPayload, false);
  }

  /**
   * Finds the end of an unquoted parameter name: name characters, and `-` between them, because
   * dashboards name parameters such as `?msg-level`.
   */
  private scanParamName(from: number): number {
    const text = this.text;
    let i = from;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isNameChar(code)) i++;
      else if (code === 0x2d && i > from && isNameChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    return i;
  }

  private lexParamWithDefault(start: number): void {
    const close = this.text.indexOf("}", start);
    const body = close === -1 ? null : /^\?\{\s*("(?:[^"\\]|\\.)*"|[^=}\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^}]*?)\s*\}$/s.exec(
      this.text.slice(start, close + 1),
    );
    if (close === -1 || !body) {
      this.error(start, 2, "a parameter with a default is written `?{name=default}`");
      this.advance(close === -1 ? 2 : close + 1 - start);
      return;
    }
    const payload: ParamPayload = { name: unquote(body[1]!), defaultValue: unquote(body[2]!) };
    this.advance(close + 1 - start);
    this.emit(T.Param, start, close + 1, payload, false);
  }

  /** `$name(`, `$pkg/name:x(` or `$"Name With Spaces"(`. */
  private lexSavedName(): void {
    const start = this.pos;
    if (start > 0 && isPatternChar(this.code(start - 1))) {
      return this.reportGluedReserved(start);
    }
    let name: string;
    if (this.char(start + 1) === '"') {
      this.advance(1);
      const quoted = this.scanQuoted(start + 1);
      if (quoted === null) return;
      name = quoted;
    } else {
      let i = start + 1;
      while (i < this.text.length && (isPatternChar(this.text.charCodeAt(i)) || this.text[i] === "/")) i++;
      name = this.text.slice(start + 1, i);
      this.advance(i - start);
    }
    if (name === "" || this.char() !== "(") {
      const problem = name === "" ? "a saved search call needs a name after `$`" : `\`$${name}\` needs \`(\` right after the name`;
      this.error(start, Math.max(1, this.pos - start), `${problem}: call a saved search as $name() or $"Saved Search Name"()`);
      if (this.pos === start) this.advance(1);
      return;
    }
    this.emit(T.SavedName, start, this.pos, { name } satisfies SavedPayload, false);
  }

  /** CQL has no single-quoted strings: reports `'text'` as one mistake, or a lone `'`. */
  private reportSingleQuotes(start: number): void {
    const lineEnd = this.text.indexOf("\n", start) === -1 ? this.text.length : this.text.indexOf("\n", start);
    const close = this.text.indexOf("'", start + 1);
    if (close === -1 || close > lineEnd) {
      this.error(start, 1, "unexpected character `'`: CQL has no single-quoted strings; quote text with double quotes");
      this.advance(1);
      return;
    }
    const inner = this.text.slice(start + 1, close);
    const suggestion = `"${inner.replace(/["\\]/g, (char) => `\\${char}`)}"`;
    this.error(start, close + 1 - start, `CQL has no single-quoted strings: write ${suggestion} with double quotes`);
    this.advance(close + 1 - start);
    this.emit(T.StringLiteral, start, close + 1, { value: inner } satisfies StringPayload, false);
  }

  /**
   * Reports a reserved character glued to the end of an unquoted word, as the `$` in
   * `regex=^apples$`, with the whole word and the advice to quote it.
   */
  private reportGluedReserved(at: number): void {
    let start = at;
    while (start > 0 && (isPatternChar(this.code(start - 1)) || this.code(start - 1) === 0x2f)) start--;
    let end = at + 1;
    while (end < this.text.length && isPatternChar(this.code(end))) end++;
    const word = this.text.slice(start, end);
    const char = this.char(at);
    this.error(at, 1, `\`${char}\` cannot appear in an unquoted value: write "${word}" in double quotes`);
    this.advance(end - at);
  }

  // -------------------------------------------------------------------------------------------
  // Output

  private emitFixed(type: TokenType, length: number): void {
    const start = this.pos;
    this.emit(type, start, start + length);
  }

  /** Adds a token for text[start, end). `move` is false when the scanner already advanced. */
  private emit(type: TokenType, start: number, end: number, payload?: unknown, move = true): void {
    const image = this.text.slice(start, end);
    const newlines = countNewlines(image);
    const startLine = move ? this.line : this.line - newlines;
    const startColumn = start - (move ? this.lineStart : this.lineStartOf(start)) + 1;
    const endColumn = newlines === 0 ? startColumn + image.length - 1 : end - this.lineStartOf(end - 1);
    const token = createTokenInstance(type, image, start, end - 1, startLine, startLine + newlines, startColumn, endColumn);
    if (payload !== undefined) token.payload = payload;
    this.tokens.push(token);
    if (move) this.advance(end - start);
    this.countPrefixOperators(type, start);
  }

  /** A run of prefix operators (`! ! ! x`, `- - - x`) nests as deeply as brackets do, so it has the same bound. */
  private countPrefixOperators(type: TokenType, start: number): void {
    this.prefixRun = type === T.Bang || type === T.Not || type === T.Minus ? this.prefixRun + 1 : 0;
    if (this.prefixRun > MAX_NESTING) {
      this.error(start, 1, `more than ${MAX_NESTING} prefix operators in a row here: remove the redundant ones`);
      this.advance(this.text.length - this.pos);
    }
  }

  private lineAt(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (this.text.charCodeAt(i) === 0x0a) line++;
    return line;
  }

  private lineStartOf(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  private error(offset: number, length: number, message: string): void {
    const lineStart = this.lineStartOf(offset);
    this.errors.push({
      message,
      offset,
      length,
      line: this.lineAt(offset),
      column: offset - lineStart + 1,
      text: this.text.slice(offset, offset + length),
    });
  }
}

/**
 * Finds the `/` that closes a regex whose source starts at `from`, or undefined when the line has
 * none. With `classes`, a `/` inside `[...]` does not close the regex.
 */
function findRegexEnd(text: string, from: number, lineEnd: number, classes: boolean): number | undefined {
  let depth = 0;
  for (let i = from; i < lineEnd; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (classes && c === "[") depth++;
    else if (classes && c === "]" && depth > 0) depth--;
    else if (c === "/" && depth === 0) return i;
  }
  return undefined;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(["\\])/g, "$1");
  }
  return text;
}
