/**
 * The regex dialect layer: turns a LogScale regex (JitRex, a Java-like syntax) and its flags into
 * a JavaScript `RegExp`, and maps named groups to the fields they extract.
 *
 * The facts come from the docs pages syntax-regex-syntax, syntax-regex-unsupported,
 * syntax-regex-flags and functions-regex. The flags are `i` (ignore case), `m` (multi-line), `d`
 * (dot matches line terminators), `g` (repeat the match) and `F` (engine v2). Group names may
 * contain characters such as `@`, `#` and `.`. Lookahead is supported; lookbehind, atomic
 * groups, possessive quantifiers and named backreferences are not.
 * NOTE: the translated regex runs on JavaScript's backtracking engine, so a hostile pattern can
 * take exponential time; nothing bounds it yet.
 */
import type { Event } from "./event.js";

/** An invalid or unsupported regex; `index` is the offset of the offending text in the pattern. */
export class RegexSyntaxError extends Error {
  readonly index: number;

  constructor(message: string, index: number) {
    super(message);
    this.name = "RegexSyntaxError";
    this.index = index;
  }
}

export interface RegexCompileOptions {
  /** Whether the `g` flag is allowed (regex literals accept it, `regex(flags=...)` does not). */
  allowGlobalFlag: boolean;
}

/** A named group and the field it writes. */
export interface NamedGroup {
  /** Capture group number in the translated JavaScript regex. */
  number: number;
  field: string;
}

export interface CompiledRegex {
  /** The pattern as written. */
  source: string;
  /** Searches once; it has no `g` flag, so it keeps no state between calls. */
  regexp: RegExp;
  /** True when the `g` flag asked for every match. */
  repeat: boolean;
  /** Named groups in pattern order. */
  groups: readonly NamedGroup[];
  /** Searches `text` and returns every match (all of them when `limit` allows). */
  matchAll(text: string, limit: number): RegExpExecArray[];
  /** Writes the fields of a match's named groups; groups that did not take part are skipped. */
  extract(match: RegExpExecArray, event: Event): void;
}

const LITERAL_FLAGS = "imdgF";

/**
 * Compiles a LogScale regex.
 * @throws RegexSyntaxError for an unknown flag, an unsupported construct or an invalid pattern.
 */
export function compileRegex(source: string, flags: string, options: RegexCompileOptions): CompiledRegex {
  const parsedFlags = readFlags(flags, options);
  const translation = translatePattern(source, parsedFlags);
  const jsFlags = javascriptFlags(translation);

  let regexp: RegExp;
  let globalRegexp: RegExp;
  try {
    regexp = new RegExp(translation.pattern, jsFlags);
    globalRegexp = new RegExp(translation.pattern, `${jsFlags}g`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    throw new RegexSyntaxError(`invalid regex /${source}/: ${reason}`, 0);
  }

  const groups = translation.groups;
  return {
    source,
    regexp,
    repeat: parsedFlags.global,
    groups,
    matchAll(text, limit) {
      return findAll(globalRegexp, text, limit);
    },
    extract(match, event) {
      for (const group of groups) {
        const value = match[group.number];
        if (value !== undefined) {
          event.set(group.field, value);
        }
      }
    },
  };
}

function findAll(regexp: RegExp, text: string, limit: number): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regexp.lastIndex = 0;

  while (matches.length < limit) {
    const match = regexp.exec(text);
    if (match === null) {
      break;
    }
    matches.push(match);

    // An empty match would find itself again forever; step past it.
    if (match[0].length === 0) {
      regexp.lastIndex += 1;
    }
  }

  return matches;
}

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  global: boolean;
  engineV2: boolean;
}

function readFlags(flags: string, options: RegexCompileOptions): Flags {
  const result: Flags = { ignoreCase: false, multiline: false, dotAll: false, global: false, engineV2: false };

  for (let index = 0; index < flags.length; index += 1) {
    const flag = flags[index] as string;
    if (!LITERAL_FLAGS.includes(flag) || (flag === "g" && !options.allowGlobalFlag)) {
      const valid = options.allowGlobalFlag ? "i, m, d, g, F" : "i, m, d, F (use repeat=true in place of g)";
      throw new RegexSyntaxError(`invalid regex flag "${flag}": valid flags are ${valid}`, -1);
    }

    if (flag === "i") result.ignoreCase = true;
    if (flag === "m") result.multiline = true;
    if (flag === "d") result.dotAll = true;
    if (flag === "g") result.global = true;
    if (flag === "F") result.engineV2 = true;
  }

  return result;
}

interface Translation {
  pattern: string;
  groups: NamedGroup[];
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  unicode: boolean;
}

function javascriptFlags(translation: Translation): string {
  let flags = "";
  if (translation.ignoreCase) flags += "i";
  if (translation.multiline) flags += "m";
  if (translation.dotAll) flags += "s";
  if (translation.unicode) flags += "u";
  return flags;
}

/** Characters that need a backslash to stand for themselves outside a character class. */
const SYNTAX_CHARACTERS = new Set(["^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/"]);

/** Characters that need a backslash to stand for themselves inside a character class. */
const CLASS_SYNTAX_CHARACTERS = new Set(["\\", "]", "[", "^", "-"]);

/** Java's horizontal and vertical whitespace classes, which engine v2 gives `\h` and `\v`. */
const HORIZONTAL_SPACE = "\\t \\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000";
const VERTICAL_SPACE = "\\n\\x0B\\f\\r\\x85\\u2028\\u2029";

/** One open group: whether a scoped `(?i)` made its letters case-insensitive. */
interface GroupFrame {
  ignoreCase: boolean;
}

/**
 * Rewrites the pattern into JavaScript syntax. It walks the pattern once, copying what both
 * dialects read alike and rewriting the rest.
 */
function translatePattern(source: string, flags: Flags): Translation {
  const state = new TranslationState(source, flags);
  state.readLeadingInlineFlags();

  while (!state.atEnd()) {
    state.step();
  }

  if (state.inClass) {
    throw new RegexSyntaxError(`invalid regex /${source}/: unclosed character class`, source.length);
  }

  if (state.frames.length > 1) {
    throw new RegexSyntaxError(`invalid regex /${source}/: missing closing parenthesis`, source.length);
  }

  return {
    pattern: state.output,
    groups: state.groups,
    ignoreCase: state.ignoreCase,
    multiline: state.multiline,
    dotAll: state.dotAll,
    unicode: state.unicode,
  };
}

class TranslationState {
  output = "";
  index = 0;
  inClass = false;
  groups: NamedGroup[] = [];
  groupCount = 0;
  frames: GroupFrame[] = [{ ignoreCase: false }];
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  unicode = false;
  private readonly fieldNames = new Set<string>();

  constructor(
    readonly source: string,
    readonly flags: Flags,
  ) {
    this.ignoreCase = flags.ignoreCase;
    this.multiline = flags.multiline;
    this.dotAll = flags.dotAll;
  }

  atEnd(): boolean {
    return this.index >= this.source.length;
  }

  fail(message: string, index = this.index): never {
    throw new RegexSyntaxError(`invalid regex /${this.source}/: ${message}`, index);
  }

  unsupported(construct: string, index = this.index): never {
    throw new RegexSyntaxError(`${construct} is not supported in LogScale regexes: /${this.source}/`, index);
  }

  /** Applies `(?i)`, `(?m)`, `(?s)` and their combinations at the very start to the whole regex. */
  readLeadingInlineFlags(): void {
    for (;;) {
      const match = /^\(\?([a-zA-Z]+)\)/.exec(this.source.slice(this.index));
      if (match === null) {
        return;
      }

      for (const flag of match[1] as string) {
        if (flag === "i") this.ignoreCase = true;
        else if (flag === "m") this.multiline = true;
        else if (flag === "s") this.dotAll = true;
        else this.unsupported(`the inline flag "${flag}"`);
      }
      this.index += match[0].length;
    }
  }

  get scopedIgnoreCase(): boolean {
    return !this.ignoreCase && (this.frames[this.frames.length - 1] as GroupFrame).ignoreCase;
  }

  step(): void {
    const char = this.source[this.index] as string;

    if (char === "\\") {
      this.escape();
    } else if (this.inClass) {
      this.classCharacter(char);
    } else if (char === "[") {
      this.openClass();
    } else if (char === "(") {
      this.openGroup();
    } else if (char === ")") {
      this.closeGroup();
    } else if (char === "*" || char === "+" || char === "?") {
      this.output += char;
      this.index += 1;
      this.checkPossessive();
    } else if (char === "{") {
      this.brace();
    } else if (char === "$" && !this.multiline) {
      // Java's `$` also matches before a final line terminator; JavaScript's only at the end.
      this.output += "(?=\\n?(?![\\s\\S]))";
      this.index += 1;
    } else {
      this.literal(char);
      this.index += 1;
    }
  }

  /** Emits a character that stands for itself outside a class. */
  literal(char: string): void {
    if (char === "]" || char === "}") {
      this.output += `\\${char}`;
    } else if (this.scopedIgnoreCase && char.toLowerCase() !== char.toUpperCase()) {
      this.output += `[${bothCases(char)}]`;
    } else {
      this.output += char;
    }
  }

  checkPossessive(): void {
    if (this.source[this.index] === "+") {
      this.unsupported("a possessive quantifier", this.index - 1);
    }

    if (this.source[this.index] === "?") {
      this.output += "?";
      this.index += 1;
    }
  }

  brace(): void {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
    if (match === null) {
      this.output += "\\{";
      this.index += 1;
      return;
    }

    this.output += match[0];
    this.index += match[0].length;
    this.checkPossessive();
  }

  openClass(): void {
    this.inClass = true;
    this.output += "[";
    this.index += 1;

    if (this.source[this.index] === "^") {
      this.output += "^";
      this.index += 1;
    }

    // Java reads a `]` right after `[` or `[^` as a literal; JavaScript would close the class.
    if (this.source[this.index] === "]") {
      this.output += "\\]";
      this.index += 1;
    }
  }

  classCharacter(char: string): void {
    if (char === "]") {
      this.inClass = false;
      this.output += "]";
      this.index += 1;
      return;
    }

    if (char === "[") {
      this.unsupported("a nested character class");
    }

    if (char === "&" && this.source[this.index + 1] === "&") {
      this.unsupported("character class intersection (&&)");
    }

    if (!this.scopedIgnoreCase) {
      this.output += char;
      this.index += 1;
      return;
    }

    // Under a scoped (?i), a letter range also gets its other-case range, a letter its other case.
    const rangeEnd = this.source[this.index + 2];
    if (this.source[this.index + 1] === "-" && rangeEnd !== undefined && rangeEnd !== "]" && rangeEnd !== "\\") {
      this.output += `${char}-${rangeEnd}${otherCaseRange(char, rangeEnd)}`;
      this.index += 3;
      return;
    }

    this.output += bothCases(char);
    this.index += 1;
  }

  openGroup(): void {
    const rest = this.source.slice(this.index);
    const start = this.index;

    if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
      this.unsupported("lookbehind", start);
    }

    if (rest.startsWith("(?>")) {
      this.unsupported("an atomic group (?>...)", start);
    }

    if (rest.startsWith("(?#")) {
      const end = this.source.indexOf(")", this.index);
      if (end === -1) {
        this.fail("unclosed comment group", start);
      }
      this.index = end + 1;
      return;
    }

    const named = /^\(\?P?<([^>]*)>/.exec(rest);
    if (named !== null) {
      this.namedGroup(named[1] as string, start);
      this.index += named[0].length;
      return;
    }

    if (rest.startsWith("(?:") || rest.startsWith("(?=") || rest.startsWith("(?!")) {
      this.pushFrame();
      this.output += rest.slice(0, 3);
      this.index += 3;
      return;
    }

    const inline = /^\(\?([a-zA-Z-]*)(:|\))/.exec(rest);
    if (inline !== null) {
      this.inlineFlags(inline[1] as string, inline[2] === ":", start);
      this.index += inline[0].length;
      return;
    }

    if (rest.startsWith("(?")) {
      this.fail("unknown group construct after \"(?\"", start);
    }

    this.groupCount += 1;
    this.pushFrame();
    this.output += "(";
    this.index += 1;
  }

  namedGroup(name: string, start: number): void {
    if (name.length === 0) {
      this.fail("a named group needs a name", start);
    }

    if (this.fieldNames.has(name)) {
      this.fail(`the group name "${name}" is used twice`, start);
    }

    this.fieldNames.add(name);
    this.groupCount += 1;
    this.groups.push({ number: this.groupCount, field: name });
    this.pushFrame();
    this.output += "(";
  }

  /**
   * Handles `(?i)` inside the pattern and `(?i:...)`. Only case-insensitivity can be scoped: its
   * letters are rewritten as `[aA]`, because JavaScript on Node 20 has no scoped modifiers.
   */
  inlineFlags(letters: string, scoped: boolean, start: number): void {
    const [on, off = ""] = letters.split("-");
    for (const flag of (on ?? "") + off) {
      if (flag !== "i") {
        this.unsupported(`the inline flag "${flag}" after the start of the pattern`, start);
      }
    }

    if (off.includes("i") && this.ignoreCase) {
      this.unsupported("turning off case-insensitivity with (?-i) when the whole regex ignores case", start);
    }

    const ignoreCase = (on ?? "").includes("i") ? true : off.includes("i") ? false : this.currentFrame().ignoreCase;

    if (scoped) {
      this.frames.push({ ignoreCase });
      this.output += "(?:";
    } else {
      this.currentFrame().ignoreCase = ignoreCase;
    }
  }

  currentFrame(): GroupFrame {
    return this.frames[this.frames.length - 1] as GroupFrame;
  }

  pushFrame(): void {
    this.frames.push({ ignoreCase: this.currentFrame().ignoreCase });
  }

  closeGroup(): void {
    if (this.frames.length <= 1) {
      this.fail("unmatched closing parenthesis");
    }

    this.frames.pop();
    this.output += ")";
    this.index += 1;
  }

  escape(): void {
    const start = this.index;
    const next = this.source[this.index + 1];
    if (next === undefined) {
      this.fail("the pattern ends with a lone backslash", start);
    }

    this.index += 2;

    switch (next) {
      case "Q":
        this.quoted();
        return;
      case "E":
        return;
      case "A":
        this.anchor("(?<![\\s\\S])", start);
        return;
      case "z":
        this.anchor("(?![\\s\\S])", start);
        return;
      case "Z":
        this.anchor("(?=\\n?(?![\\s\\S]))", start);
        return;
      case "h":
        this.output += this.flags.engineV2 ? this.spaceClass(HORIZONTAL_SPACE, false) : "h";
        return;
      case "H":
        this.output += this.flags.engineV2 ? this.spaceClass(HORIZONTAL_SPACE, true) : "H";
        return;
      case "v":
        this.output += this.flags.engineV2 ? this.spaceClass(VERTICAL_SPACE, false) : "v";
        return;
      case "V":
        this.output += this.flags.engineV2 ? this.spaceClass(VERTICAL_SPACE, true) : "V";
        return;
      case "a":
        this.output += "\\x07";
        return;
      case "e":
        this.output += "\\x1B";
        return;
      case "0":
        this.octal();
        return;
      case "x":
        this.hex(start);
        return;
      case "k":
        this.unsupported("a named backreference \\k<name>", start);
      case "p":
      case "P":
        this.unicodeProperty(next, start);
        return;
      case "G":
      case "R":
      case "X":
        this.unsupported(`\\${next}`, start);
    }

    if ("dDsSwWbBtnrfcu".includes(next)) {
      this.output += `\\${next}`;
      return;
    }

    if (/[1-9]/.test(next)) {
      if (this.inClass) {
        this.fail(`backreference \\${next} inside a character class`, start);
      }
      this.output += `\\${next}`;
      return;
    }

    if (/[a-zA-Z]/.test(next)) {
      this.fail(`unknown escape \\${next}`, start);
    }

    this.escapedLiteral(next);
  }

  anchor(replacement: string, start: number): void {
    if (this.inClass) {
      this.fail("an anchor cannot stand inside a character class", start);
    }
    this.output += replacement;
  }

  spaceClass(members: string, negated: boolean): string {
    if (this.inClass) {
      if (negated) {
        this.unsupported("a negated whitespace class inside a character class");
      }
      return members;
    }
    return negated ? `[^${members}]` : `[${members}]`;
  }

  /** Emits a character from `\X` so that it stands for itself in either dialect. */
  escapedLiteral(char: string): void {
    const special = this.inClass ? CLASS_SYNTAX_CHARACTERS.has(char) : SYNTAX_CHARACTERS.has(char);
    this.output += special ? `\\${char}` : char;
  }

  /** `\Q...\E`: everything up to `\E` (or the end) is literal text. */
  quoted(): void {
    const end = this.source.indexOf("\\E", this.index);
    const text = this.source.slice(this.index, end === -1 ? this.source.length : end);

    for (const char of text) {
      if (this.inClass || !this.scopedIgnoreCase) {
        this.escapedLiteral(char);
      } else {
        this.literal(SYNTAX_CHARACTERS.has(char) ? `\\${char}` : char);
      }
    }

    this.index = end === -1 ? this.source.length : end + 2;
  }

  /** Java's `\0n`, `\0nn` and `\0mnn` octal escapes. */
  octal(): void {
    const match = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(this.source.slice(this.index));
    if (match === null) {
      this.fail("\\0 must be followed by an octal digit", this.index - 2);
    }

    this.index += match[0].length;
    this.output += codeUnitEscape(parseInt(match[0], 8));
  }

  /** `\xhh` and Java's `\x{h...h}`. */
  hex(start: number): void {
    const rest = this.source.slice(this.index);
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(rest);
    if (braced !== null) {
      const codePoint = parseInt(braced[1] as string, 16);
      if (codePoint > 0x10ffff) {
        this.fail(`\\x{${braced[1]}} is beyond the last Unicode code point`, start);
      }
      this.index += braced[0].length;
      this.output += codePoint <= 0xffff ? codeUnitEscape(codePoint) : this.astral(codePoint);
      return;
    }

    if (!/^[0-9a-fA-F]{2}/.test(rest)) {
      this.fail("\\x must be followed by two hex digits or {hex}", start);
    }

    this.output += `\\x${rest.slice(0, 2)}`;
    this.index += 2;
  }

  astral(codePoint: number): string {
    this.unicode = true;
    return `\\u{${codePoint.toString(16)}}`;
  }

  /**
   * `\p{Name}`, `\pL` and their negations. RE2-style names are accepted: `Any`, general
   * categories (`L`, `Lu`, ...) and scripts (`Greek`, ...); Java forms such as `IsLatin`,
   * `InGreek` or `Lower` are rejected.
   */
  unicodeProperty(letter: string, start: number): void {
    const rest = this.source.slice(this.index);
    const match = /^(?:\{(\^?)([A-Za-z_]+)\}|([A-Z]))/.exec(rest);
    if (match === null) {
      this.fail(`\\${letter} must be followed by a property name such as {Lu} or {Greek}`, start);
    }

    this.index += match[0].length;
    const caretNegation = match[1] === "^";
    const name = (match[2] ?? match[3]) as string;
    const negated = (letter === "P") !== caretNegation;
    const body = unicodePropertyBody(name);
    if (body === null) {
      this.fail(`unknown Unicode class \\${letter}{${name}}: use a general category such as Lu or a script such as Greek`, start);
    }

    this.unicode = true;
    this.output += `\\${negated ? "P" : "p"}{${body}}`;
  }
}

function bothCases(char: string): string {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return lower === upper || lower.length !== 1 || upper.length !== 1 ? char : lower + upper;
}

/** Returns the same range in the other case for `a-z`-style ranges of one case, else "". */
function otherCaseRange(first: string, last: string): string {
  const lowerRange = /^[a-z]$/.test(first) && /^[a-z]$/.test(last);
  const upperRange = /^[A-Z]$/.test(first) && /^[A-Z]$/.test(last);
  if (lowerRange) {
    return `${first.toUpperCase()}-${last.toUpperCase()}`;
  }
  return upperRange ? `${first.toLowerCase()}-${last.toLowerCase()}` : "";
}

function codeUnitEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Returns the JavaScript property text for an RE2-style class name, or null when unknown. */
function unicodePropertyBody(name: string): string | null {
  if (name === "Any") {
    return "Any";
  }

  for (const candidate of [`General_Category=${name}`, `Script=${name}`]) {
    try {
      new RegExp(`\\p{${candidate}}`, "u");
      return candidate;
    } catch {
      // Not this kind of property; try the next.
    }
  }

  return null;
}
