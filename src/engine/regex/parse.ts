/**
 * The parser of LogScale's regex dialect. It reads the syntax of JitRex, LogScale's regex
 * engine v1 (docs pages syntax-regex-syntax and syntax-regex-unsupported, and the open-source
 * humio/jitrex parser), with the documented differences of engine v2 (flag `F`, docs pages
 * syntax-regex-engines and syntax-regex-diffs), and applies the flags while parsing.
 *
 * Character classes follow the docs tables: `.` is any character but `\n` (any character with
 * `d`), `\d` is `[0-9]`, `\w` is `[a-zA-Z_0-9]`, `\s` is `[ \t\n\x0B\f\r]`, and `\W` is
 * `[^a-zA-Z]` in engine v1 but `[^a-zA-Z_0-9]` in v2. Named groups may have any name that
 * contains no `>`, since the name is the field the group writes (`@host`, `#tag`, `a.b`).
 */
import {
  caseClosure,
  complement,
  EMPTY_SET,
  FULL_SET,
  setOf,
  setOfChars,
  union,
  type CharSet,
} from "./charSet.js";
import { type CaptureGroup, type ParsedRegex, type RegexNode } from "./syntax.js";
import { unicodeClass } from "./unicodeClasses.js";

/** An invalid or unsupported regex; `index` is the offset of the offending text in the pattern. */
export class RegexSyntaxError extends Error {
  readonly index: number;
  /** "unsupported" for constructs LogScale does not accept, "invalid" for malformed patterns. */
  readonly reason: "unsupported" | "invalid";

  constructor(message: string, index: number, reason: "unsupported" | "invalid") {
    super(message);
    this.name = "RegexSyntaxError";
    this.index = index;
    this.reason = reason;
  }
}

export interface RegexFlags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
}

export interface ParseOptions {
  flags: RegexFlags;
  /** Engine v2 (flag `F`): its meaning of `\W`, `\h`, `\v` and of inline flags in alternations. */
  engineV2: boolean;
}

const DIGITS = setOf([[0x30, 0x39]]);
const WORD = setOf([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
const LETTERS = setOf([[0x41, 0x5a], [0x61, 0x7a]]);
const SPACE = setOfChars(" \t\n\x0B\f\r");
const NEWLINE = setOfChars("\n");
/** Java's horizontal and vertical whitespace, which engine v2 gives `\h` and `\v`. */
const HORIZONTAL_SPACE = union(setOfChars(" \t\xA0\u1680\u180E\u202F\u205F\u3000"), [[0x2000, 0x200a]]);
const VERTICAL_SPACE = setOfChars("\n\x0B\f\r\x85\u2028\u2029");

/** Deeper nesting is rejected rather than risking the call stack. */
const MAX_NESTING = 200;

/** Parses a LogScale regex. @throws RegexSyntaxError */
export function parseRegex(source: string, options: ParseOptions): ParsedRegex {
  const parser = new Parser(source, options);
  return parser.parse();
}

/** What a class escape such as `\d` or `\x41` stands for inside `[...]`. */
type ClassItem = { set: CharSet; single: number | null };

class Parser {
  private index = 0;
  private flags: RegexFlags;
  private readonly groups: CaptureGroup[] = [];
  /** Unnamed groups opened so far: `\1` refers to the first of them, as in JitRex. */
  private unnamedGroups: number[] = [];
  private depth = 0;
  /** Quoted characters read by `\Q...\E` before its last one. */
  private pendingLiterals: RegexNode[] = [];

  constructor(
    private readonly source: string,
    private readonly options: ParseOptions,
  ) {
    this.flags = { ...options.flags };
  }

  parse(): ParsedRegex {
    const root = this.alternation();
    if (this.index < this.source.length) {
      this.invalid("unmatched closing parenthesis )");
    }
    return { root, groups: this.groups };
  }

  // -------------------------------------------------------------------------------------------
  // Errors

  invalid(message: string, index = this.index): never {
    throw new RegexSyntaxError(`invalid regex /${this.source}/: ${message}`, index, "invalid");
  }

  unsupported(construct: string, index = this.index): never {
    throw new RegexSyntaxError(`${construct} is not supported in LogScale regexes: /${this.source}/`, index, "unsupported");
  }

  // -------------------------------------------------------------------------------------------
  // Structure

  peek(offset = 0): string | undefined {
    return this.source[this.index + offset];
  }

  rest(): string {
    return this.source.slice(this.index);
  }

  /**
   * Branches separated by `|`. In engine v1 an inline flag such as `(?i)` lasts to the end of
   * its branch; in v2 it lasts to the end of the enclosing group (syntax-regex-engines).
   */
  alternation(): RegexNode {
    const startFlags = { ...this.flags };
    const branches = [this.sequence()];

    while (this.peek() === "|") {
      this.index += 1;
      if (!this.options.engineV2) {
        this.flags = { ...startFlags };
      }
      branches.push(this.sequence());
    }

    return branches.length === 1 ? (branches[0] as RegexNode) : { kind: "alternation", branches };
  }

  sequence(): RegexNode {
    const items: RegexNode[] = [];

    while (this.index < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const start = this.index;
      const atom = this.atom();
      items.push(...this.pendingLiterals);
      this.pendingLiterals = [];
      if (atom === null) {
        continue;
      }
      items.push(this.quantified(atom, start));
    }

    return items.length === 1 ? (items[0] as RegexNode) : { kind: "sequence", items };
  }

  /** Reads one atom; null for text that adds no node (`(?i)`, a stray `\E`). */
  atom(): RegexNode | null {
    const char = this.peek() as string;

    switch (char) {
      case "(":
        return this.group();
      case "[":
        return { kind: "chars", set: this.characterClass() };
      case ".":
        this.index += 1;
        return { kind: "chars", set: this.flags.dotAll ? FULL_SET : complement(NEWLINE) };
      case "^":
        this.index += 1;
        return { kind: "assertion", test: this.flags.multiline ? "lineStart" : "textStart" };
      case "$":
        this.index += 1;
        return { kind: "assertion", test: this.flags.multiline ? "lineEnd" : "textEnd" };
      case "\\":
        return this.escape();
      case "*":
      case "+":
      case "?":
        return this.invalid(`the quantifier ${char} has nothing to repeat`);
      case "{":
        if (this.braceQuantifier() !== null) {
          this.invalid(`the quantifier ${this.braceQuantifier()?.text} has nothing to repeat`);
        }
        return this.literal(char);
      default:
        return this.literal(char);
    }
  }

  literal(char: string): RegexNode {
    this.index += 1;
    return this.charNode(char.charCodeAt(0));
  }

  charNode(unit: number): RegexNode {
    const set = setOf([[unit, unit]]);
    return { kind: "chars", set: this.flags.ignoreCase ? caseClosure(set) : set };
  }

  // -------------------------------------------------------------------------------------------
  // Quantifiers

  quantified(atom: RegexNode, start: number): RegexNode {
    let node = atom;
    const quantifier = this.quantifier();
    if (quantifier === null) {
      return node;
    }

    if (atom.kind === "assertion" || atom.kind === "lookahead") {
      this.invalid(`the quantifier ${quantifier.text} cannot follow an anchor or lookahead`, start);
    }

    node = { kind: "repeat", body: atom, min: quantifier.min, max: quantifier.max, greedy: quantifier.greedy };

    const next = this.quantifier();
    if (next !== null) {
      this.invalid(`the quantifier ${next.text} follows another quantifier; put the first in a group (...) to repeat it`);
    }
    return node;
  }

  /** Reads `*`, `+`, `?` or `{n,m}`, each optionally lazy (`?`); possessive forms are rejected. */
  quantifier(): { min: number; max: number; greedy: boolean; text: string } | null {
    const start = this.index;
    const char = this.peek();
    let min: number;
    let max: number;

    if (char === "*" || char === "+" || char === "?") {
      min = char === "+" ? 1 : 0;
      max = char === "?" ? 1 : Infinity;
      this.index += 1;
    } else if (char === "{") {
      const brace = this.braceQuantifier();
      if (brace === null) {
        return null;
      }
      ({ min, max } = brace);
      this.index += brace.text.length;
    } else {
      return null;
    }

    if (this.peek() === "+") {
      this.unsupported(`the possessive quantifier ${this.source.slice(start, this.index + 1)}`, start);
    }

    const greedy = this.peek() !== "?";
    if (!greedy) {
      this.index += 1;
    }
    return { min, max, greedy, text: this.source.slice(start, this.index) };
  }

  /** A `{n}`, `{n,}` or `{n,m}` at the current position; other braces are literal text. */
  braceQuantifier(): { min: number; max: number; text: string } | null {
    const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.rest());
    if (match === null) {
      return null;
    }

    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
    if (min > max) {
      this.invalid(`the quantifier ${match[0]} has a minimum above its maximum`);
    }
    return { min, max, text: match[0] };
  }

  // -------------------------------------------------------------------------------------------
  // Groups

  group(): RegexNode | null {
    const start = this.index;
    const rest = this.rest();

    if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
      this.unsupported(`lookbehind ${rest.slice(0, 4)}...)`, start);
    }
    if (rest.startsWith("(?>")) {
      this.unsupported("an atomic group (?>...)", start);
    }
    if (rest.startsWith("(?#")) {
      this.unsupported("a comment group (?#...)", start);
    }

    const named = /^\(\?P?<([^>]*)>/.exec(rest);
    if (named !== null) {
      const name = named[1] as string;
      if (name.length === 0) {
        this.invalid("a named group needs a name, as in (?<user>\\S+)", start);
      }
      this.index += named[0].length;
      return this.capturingGroup(name, start);
    }

    if (rest.startsWith("(?:")) {
      this.index += 3;
      return { kind: "group", capture: null, body: this.groupBody(start) };
    }

    if (rest.startsWith("(?=") || rest.startsWith("(?!")) {
      this.index += 3;
      return { kind: "lookahead", negated: rest[2] === "!", body: this.groupBody(start) };
    }

    if (rest.startsWith("(?")) {
      return this.inlineFlags(start);
    }

    this.index += 1;
    return this.capturingGroup(null, start);
  }

  capturingGroup(name: string | null, start: number): RegexNode {
    const number = this.groups.length + 1;
    this.groups.push({ number, name });
    if (name === null) {
      this.unnamedGroups.push(number);
    }
    return { kind: "group", capture: number, body: this.groupBody(start) };
  }

  /** Reads a group's body and its `)`; flags changed inside end with the group. */
  groupBody(start: number): RegexNode {
    this.depth += 1;
    if (this.depth > MAX_NESTING) {
      this.invalid(`groups are nested more than ${MAX_NESTING} deep`, start);
    }

    const saved = { ...this.flags };
    const body = this.alternation();
    this.flags = saved;
    this.depth -= 1;

    if (this.peek() !== ")") {
      this.invalid("missing closing parenthesis )", start);
    }
    this.index += 1;
    return body;
  }

  /** `(?i)`, `(?-i)`, `(?im-s)` change the flags until the group or branch ends; `(?i:...)` scopes them. */
  inlineFlags(start: number): RegexNode | null {
    const match = /^\(\?([A-Za-z-]*)([:)])?/.exec(this.rest()) as RegExpExecArray;
    const letters = match[1] as string;
    if (match[2] === undefined) {
      this.invalid(`unknown group construct ${this.source.slice(start, start + 3)}`, start);
    }

    const changed = this.readFlagLetters(letters, start);
    this.index += match[0].length;

    if (match[2] === ")") {
      this.flags = changed;
      return null;
    }

    const saved = this.flags;
    this.flags = changed;
    const node: RegexNode = { kind: "group", capture: null, body: this.groupBody(start) };
    this.flags = saved;
    return node;
  }

  readFlagLetters(letters: string, start: number): RegexFlags {
    const flags = { ...this.flags };
    let on = true;

    for (const letter of letters) {
      if (letter === "-") {
        if (!on) {
          this.invalid("an inline flag group has more than one -", start);
        }
        on = false;
      } else if (letter === "i") {
        flags.ignoreCase = on;
      } else if (letter === "m") {
        flags.multiline = on;
      } else if (letter === "s") {
        flags.dotAll = on;
      } else {
        this.unsupported(`the inline flag "${letter}" (inline groups accept i, m and s)`, start);
      }
    }

    return flags;
  }

  // -------------------------------------------------------------------------------------------
  // Escapes outside classes

  escape(): RegexNode | null {
    const start = this.index;
    const letter = this.peek(1);
    if (letter === undefined) {
      this.invalid("the pattern ends with a lone backslash", start);
    }
    this.index += 2;

    switch (letter) {
      case "Q":
        return this.quoted();
      case "E":
        return null;
      case "A":
        return { kind: "assertion", test: "textStart" };
      case "z":
        return { kind: "assertion", test: "textEnd" };
      case "Z":
        return { kind: "assertion", test: "finalEnd" };
      case "b":
        if (this.peek() === "{") {
          this.unsupported("a Unicode boundary \\b{...}", start);
        }
        return { kind: "assertion", test: "wordBoundary" };
      case "B":
        return { kind: "assertion", test: "notWordBoundary" };
      case "k":
        return this.unsupported("a named backreference \\k<name>", start);
      case "G":
        return this.unsupported("\\G (the end of the previous match)", start);
      case "R":
        return this.unsupported("\\R (any line break)", start);
      case "X":
        return this.unsupported("\\X (a grapheme cluster)", start);
      case "C":
        return this.unsupported("\\C (a single byte)", start);
      case "N":
        return this.unsupported("\\N{...} (a character by name)", start);
    }

    if (/[1-9]/.test(letter)) {
      const reference = this.backreference(start);
      if (reference !== null) {
        return reference;
      }
    }

    const item = this.escapeItem(letter, start, false);
    if (item.single !== null) {
      return this.charNode(item.single);
    }
    return { kind: "chars", set: item.set };
  }

  /**
   * `\n` with n up to the number of unnamed groups opened so far is a backreference to the
   * n-th unnamed group (JitRex numbers only unnamed groups); other numbers are octal escapes.
   */
  backreference(start: number): RegexNode | null {
    const digits = /^\d+/.exec(this.source.slice(start + 1)) as RegExpExecArray;
    const number = Number(digits[0]);
    const group = this.unnamedGroups[number - 1];

    if (group !== undefined) {
      this.index = start + 1 + digits[0].length;
      return { kind: "backreference", group, ignoreCase: this.flags.ignoreCase };
    }

    if (/[89]/.test(digits[0][0] as string)) {
      this.invalid(`the backreference \\${digits[0]} refers to a group that does not exist`, start);
    }
    return null;
  }

  /**
   * `\Q...\E`: the text up to `\E` (or the end) is literal. A quantifier after `\E` repeats
   * only the last quoted character, as in Java, so the others wait in `pendingLiterals`.
   */
  quoted(): RegexNode | null {
    const end = this.source.indexOf("\\E", this.index);
    const text = this.source.slice(this.index, end === -1 ? this.source.length : end);
    this.index = end === -1 ? this.source.length : end + 2;

    for (let index = 0; index < text.length - 1; index += 1) {
      this.pendingLiterals.push(this.charNode(text.charCodeAt(index)));
    }
    return text.length === 0 ? null : this.charNode(text.charCodeAt(text.length - 1));
  }

  /**
   * Reads the escape after `\` (the letter at `this.index - 1`) that stands for a character or
   * a class, inside or outside `[...]`.
   */
  escapeItem(letter: string, start: number, inClass: boolean): ClassItem {
    const single = (unit: number): ClassItem => ({ set: setOf([[unit, unit]]), single: unit });
    const set = (chars: CharSet): ClassItem => ({ set: chars, single: null });
    const v2 = this.options.engineV2;

    switch (letter) {
      case "d":
        return set(DIGITS);
      case "D":
        return set(complement(DIGITS));
      case "w":
        return set(WORD);
      case "W":
        return set(complement(v2 ? WORD : LETTERS));
      case "s":
        return set(SPACE);
      case "S":
        return set(complement(SPACE));
      case "h":
        return v2 ? set(HORIZONTAL_SPACE) : single(0x68);
      case "H":
        return v2 ? set(complement(HORIZONTAL_SPACE)) : single(0x48);
      case "v":
        return v2 ? set(VERTICAL_SPACE) : single(0x0b);
      case "V":
        return v2 ? set(complement(VERTICAL_SPACE)) : single(0x56);
      case "p":
      case "P":
        return set(this.unicodeProperty(letter, start));
      case "t":
        return single(0x09);
      case "n":
        return single(0x0a);
      case "r":
        return single(0x0d);
      case "f":
        return single(0x0c);
      case "a":
        return single(0x07);
      case "e":
        return single(0x1b);
      case "b":
        // Inside a class `\b` is the backspace character (JitRex, Java).
        return single(0x08);
      case "c":
        return single(this.controlCharacter(start));
      case "x":
        return single(this.hexEscape(start));
      case "u":
        return single(this.unicodeEscape(start));
      case "0":
        return single(this.octal(0));
    }

    if (/[1-7]/.test(letter)) {
      this.index -= 1;
      return single(this.octal(0));
    }

    if (inClass && (letter === "8" || letter === "9")) {
      return single(letter.charCodeAt(0));
    }

    if (/[A-Za-z0-9]/.test(letter)) {
      this.invalid(`unknown escape \\${letter}`, start);
    }

    return single(letter.charCodeAt(0));
  }

  /** `\cX` for X from `@` to `_` is the control character X - 64 (JitRex accepts only these). */
  controlCharacter(start: number): number {
    const char = this.peek();
    if (char === undefined || char < "@" || char > "_") {
      this.invalid("\\c must be followed by a character from @ to _, as in \\cA", start);
    }
    this.index += 1;
    return char.charCodeAt(0) - 64;
  }

  /** `\xhh` and `\x{h...}`; a code point above U+FFFF is rejected (JitRex matches code units). */
  hexEscape(start: number): number {
    const braced = /^\{([0-9a-fA-F]{1,4})\}/.exec(this.rest());
    if (braced !== null) {
      this.index += braced[0].length;
      return parseInt(braced[1] as string, 16);
    }

    const plain = /^[0-9a-fA-F]{2}/.exec(this.rest());
    if (plain === null) {
      this.invalid("\\x must be followed by two hex digits or by one to four in braces, as in \\x41 or \\x{263A}", start);
    }
    this.index += 2;
    return parseInt(plain[0], 16);
  }

  unicodeEscape(start: number): number {
    if (this.peek() === "{") {
      this.unsupported("\\u{...} (write \\uhhhh with four hex digits)", start);
    }

    const digits = /^[0-9a-fA-F]{4}/.exec(this.rest());
    if (digits === null) {
      this.invalid("\\u must be followed by four hex digits, as in \\u00E9", start);
    }
    this.index += 4;
    return parseInt(digits[0], 16);
  }

  /** Octal digits after `\0` (or after `\1`..`\7` that are no backreference): at most 0377. */
  octal(value: number): number {
    const match = /^(?:[0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(this.rest());
    if (match === null) {
      return value;
    }
    this.index += match[0].length;
    return parseInt(match[0], 8);
  }

  /**
   * `\p{Name}`, `\p{^Name}`, `\pL` and the `\P` negations, with RE2-style names; Java names
   * such as `InGreek`, `IsLatin` or `Lower` are rejected.
   */
  unicodeProperty(letter: string, start: number): CharSet {
    const match = /^(?:\{(\^?)([^}]*)\}|([A-Za-z]))/.exec(this.rest());
    if (match === null) {
      this.invalid(`\\${letter} must be followed by a class name, as in \\${letter}{Lu} or \\${letter}{Greek}`, start);
    }

    this.index += match[0].length;
    const name = (match[2] ?? match[3]) as string;
    const set = unicodeClass(name);
    if (set === null) {
      this.invalid(`unknown Unicode class \\${letter}{${name}}: use a general category such as Lu or a script such as Greek`, start);
    }

    const negated = (letter === "P") !== (match[1] === "^");
    return negated ? complement(set) : set;
  }

  // -------------------------------------------------------------------------------------------
  // Character classes

  /** `[...]` and `[^...]`; a `]` right after `[` or `[^` is a literal, as in Java. */
  characterClass(): CharSet {
    const start = this.index;
    this.index += 1;

    const negated = this.peek() === "^";
    if (negated) {
      this.index += 1;
    }

    const members: CharSet[] = [];
    let first = true;

    for (;;) {
      const char = this.peek();
      if (char === undefined) {
        this.invalid("unclosed character class [", start);
      }
      if (char === "]" && !first) {
        this.index += 1;
        break;
      }
      first = false;

      if (char === "[") {
        if (this.peek(1) === ":") {
          this.unsupported("a POSIX class [[:name:]]");
        }
        this.unsupported("a [ inside a character class (Java's class union); write \\[ for the character [");
      }
      if (char === "&" && this.peek(1) === "&") {
        this.unsupported("character class intersection &&");
      }

      members.push(this.classRange());
    }

    let set = union(...members);
    if (this.flags.ignoreCase) {
      set = caseClosure(set);
    }
    return negated ? complement(set) : set;
  }

  /** One member of a class: a character, a range `a-z`, or a class escape such as `\d`. */
  classRange(): CharSet {
    const start = this.index;
    const item = this.classItem();
    if (item.single === null || this.peek() !== "-" || this.peek(1) === "]" || this.peek(1) === undefined) {
      return item.set;
    }

    this.index += 1;
    const end = this.classItem();
    if (end.single === null) {
      this.invalid(`the range at ${this.source.slice(start, this.index)} ends in a class; escape the - as \\-`, start);
    }
    if (end.single < item.single) {
      this.invalid(`the range ${this.source.slice(start, this.index)} is out of order`, start);
    }
    return setOf([[item.single, end.single]]);
  }

  classItem(): ClassItem {
    const start = this.index;
    const char = this.peek() as string;

    if (char !== "\\") {
      this.index += 1;
      const unit = char.charCodeAt(0);
      return { set: setOf([[unit, unit]]), single: unit };
    }

    const letter = this.peek(1);
    if (letter === undefined) {
      this.invalid("the pattern ends with a lone backslash", start);
    }
    this.index += 2;

    if (letter === "Q") {
      return this.quotedClassText();
    }
    if ("AzZBGRXCNk".includes(letter)) {
      this.invalid(`\\${letter} cannot stand inside a character class`, start);
    }
    return this.escapeItem(letter, start, true);
  }

  /** `\Q...\E` inside a class adds each quoted character. */
  quotedClassText(): ClassItem {
    const end = this.source.indexOf("\\E", this.index);
    const text = this.source.slice(this.index, end === -1 ? this.source.length : end);
    this.index = end === -1 ? this.source.length : end + 2;
    return { set: text.length === 0 ? EMPTY_SET : setOfChars(text), single: null };
  }
}
