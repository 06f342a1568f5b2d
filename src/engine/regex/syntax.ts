/**
 * The parsed form of a LogScale regex. Flags are already applied: every character node carries
 * its exact set (case-insensitivity and the `d` flag included) and every anchor records whether it
 * looks at lines or at the whole input, so a printer needs no flags of its own.
 */
import type { CharSet } from "./charSet.js";

export type RegexNode = Chars | Sequence | Alternation | Group | Repeat | Assertion | Lookahead | Backreference;

/** One UTF-16 code unit out of a set (a literal, a class, `.` or an escape such as `\d`). */
export interface Chars {
  kind: "chars";
  set: CharSet;
}

export interface Sequence {
  kind: "sequence";
  items: RegexNode[];
}

export interface Alternation {
  kind: "alternation";
  branches: RegexNode[];
}

/** A group; `capture` is its number among all capturing groups (1-based), or null. */
export interface Group {
  kind: "group";
  capture: number | null;
  body: RegexNode;
}

export interface Repeat {
  kind: "repeat";
  body: RegexNode;
  min: number;
  /** `Infinity` for `*`, `+` and `{n,}`. */
  max: number;
  greedy: boolean;
}

/**
 * Zero-width tests: `textStart` (`^` without m, `\A`), `textEnd` (`$` without m, `\z`),
 * `lineStart` / `lineEnd` (`^` / `$` with m: next to a `\n` or at the ends), `finalEnd` (`\Z`:
 * the end or before a final `\n`), and ASCII word boundaries.
 */
export interface Assertion {
  kind: "assertion";
  test: "textStart" | "textEnd" | "lineStart" | "lineEnd" | "finalEnd" | "wordBoundary" | "notWordBoundary";
}

export interface Lookahead {
  kind: "lookahead";
  negated: boolean;
  body: RegexNode;
}

/** `\n`: the text the capturing group `group` matched; `ignoreCase` compares without case. */
export interface Backreference {
  kind: "backreference";
  group: number;
  ignoreCase: boolean;
}

/** A capturing group as a field: named groups set fields, unnamed ones only count. */
export interface CaptureGroup {
  /** Number among all capturing groups, as the engines number them. */
  number: number;
  /** The field a named group writes; null for an unnamed group. */
  name: string | null;
}

export interface ParsedRegex {
  root: RegexNode;
  groups: CaptureGroup[];
}

