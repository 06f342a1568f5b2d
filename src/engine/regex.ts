/**
 * The regex dialect layer: compiles a LogScale regex (JitRex syntax and flags) for two engines
 * and picks one per input.
 *
 * Why two engines. LogScale's engine v1, JitRex, backtracks, like JavaScript's `RegExp`. Both
 * take exponential time on patterns such as `(a+)+$`, and polynomial time on ordinary ones.
 * For example, `(?<k>\w+)=` takes about 1 s on a 20,000-character value without `=`, and the
 * time grows with the square of the length (bench/regex-engines.ts on Node 20, 2-vCPU AMD
 * EPYC). re2js, a
 * JavaScript port of RE2, runs in time linear in the input, but on the log lines of the same
 * benchmark it is 5 to 60 times slower than `RegExp` for six of eight patterns, and it cannot
 * express lookahead or backreferences, which JitRex supports.
 *
 * So each pattern is parsed once into a tree with the flags applied, then printed for both
 * engines with every character class written out, so that both match the same text (see
 * regex/print.ts). `regex/cost.ts` bounds the backtracking work the pattern can cause on an
 * input of a given length; inputs up to the length that stays within the bound go to `RegExp`,
 * longer ones to re2js. Patterns re2js cannot express always use `RegExp`; when the bound is
 * low they carry a warning, the one place where a hostile input can still cost super-linear
 * time.
 *
 * Two kinds of pattern always use re2js when it can express them, because JavaScript's
 * semantics differ from JitRex's (a Java-style engine) and RE2's there: a capturing group inside
 * a repetition (JavaScript clears it on each repetition, the others keep the last value it
 * matched), and a repetition whose body can match the empty string (JavaScript rejects an empty
 * repetition and backtracks into another alternative, the others stop repeating).
 */
import { RE2JS } from "re2js";
import type { Event } from "./event.js";
import { caseClosure, equalSets, type CharSet } from "./regex/charSet.js";
import { maxBacktrackingLength } from "./regex/cost.js";
import { parseRegex, RegexSyntaxError } from "./regex/parse.js";
import { printJavaScript, printRe2 } from "./regex/print.js";
import type { ParsedRegex, RegexNode } from "./regex/syntax.js";

export { RegexSyntaxError } from "./regex/parse.js";

export interface RegexCompileOptions {
  /** Whether the `g` flag is allowed (regex literals accept it, `regex(flags=...)` does not). */
  allowGlobalFlag: boolean;
  /**
   * The engine choice: "auto" (the default) chooses per input as described above, while
   * "backtracking" and "linear" force one, for tests and benchmarks. "linear" falls back to
   * backtracking for patterns re2js cannot express.
   */
  engine?: "auto" | "backtracking" | "linear";
}

/** A named group and the field it writes. */
export interface NamedGroup {
  /** Capture group number, counting every capturing group. */
  number: number;
  field: string;
}

/** A match: `[0]` is the matched text, `[n]` the text of capturing group n (undefined when it took no part). */
export interface RegexMatch {
  readonly index: number;
  readonly length: number;
  readonly [group: number]: string | undefined;
}

export interface CompiledRegex {
  /** The pattern as written. */
  source: string;
  /** True when the `g` flag asked for every match. */
  repeat: boolean;
  /** Named groups in pattern order; several groups may write the same field. */
  groups: readonly NamedGroup[];
  /** Capture numbers of the unnamed groups in order: `$1` and `\1` refer to the first of them. */
  unnamedGroups: readonly number[];
  /** Tells whether the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** Finds the first match. */
  exec(text: string): RegexMatch | null;
  /** Finds up to `limit` successive matches; after an empty match the search moves on one character. */
  matchAll(text: string, limit: number): RegexMatch[];
  /** Writes the fields of a match's named groups; groups that did not take part are skipped. */
  extract(match: RegexMatch, event: Event): void;
  /**
   * The pattern as a JavaScript `RegExp`, for code that needs one. It backtracks on every
   * input; prefer `test`, `exec` and `matchAll`, which keep long inputs away from backtracking.
   */
  regexp: RegExp;
  /** Inputs up to this length use `RegExp`, longer ones re2js (-1: always re2js). */
  backtrackingLimit: number;
  /** Set when the pattern can only run on the backtracking engine and may be slow on long input. */
  warning?: string;
}

const LITERAL_FLAGS = "imdgF";

/** Below this backtracking limit, a pattern that re2js cannot run gets a warning. */
const WARNING_LENGTH = 100_000;

/**
 * Compiles a LogScale regex.
 * @throws RegexSyntaxError for an unknown flag, an unsupported construct or an invalid pattern.
 */
export function compileRegex(source: string, flags: string, options: RegexCompileOptions): CompiledRegex {
  const parsedFlags = readFlags(flags, options);
  const parsed = parseRegex(source, {
    flags: { ignoreCase: parsedFlags.ignoreCase, multiline: parsedFlags.multiline, dotAll: parsedFlags.dotAll },
    engineV2: parsedFlags.engineV2,
  });

  const javascript = javascriptRegExp(parsed, source);
  const linear = re2Regex(parsed);
  const groups = parsed.groups.filter((group) => group.name !== null).map((group) => ({ number: group.number, field: group.name as string }));
  const unnamedGroups = parsed.groups.filter((group) => group.name === null).map((group) => group.number);

  let backtrackingLimit = linear.regex === null ? Infinity : maxBacktrackingLength(parsed.root);
  if (linear.regex !== null && (capturesInsideRepetition(parsed.root, false) || repeatsEmptyMatch(parsed.root))) {
    backtrackingLimit = -1;
  }
  if (options.engine === "backtracking") {
    backtrackingLimit = Infinity;
  } else if (options.engine === "linear" && linear.regex !== null) {
    backtrackingLimit = -1;
  }

  const compiled = makeCompiled(source, parsedFlags.global, groups, unnamedGroups, javascript, linear.regex, backtrackingLimit);
  if (linear.regex === null) {
    const safeLength = maxBacktrackingLength(parsed.root);
    if (safeLength < WARNING_LENGTH) {
      compiled.warning =
        `the regex /${source}/ uses ${linear.reason}, which only the backtracking engine supports, and may take very long ` +
        `on values longer than ${Math.max(safeLength, 0)} characters`;
    }
  }
  return compiled;
}

function makeCompiled(
  source: string,
  repeat: boolean,
  groups: NamedGroup[],
  unnamedGroups: number[],
  javascript: { once: RegExp; global: RegExp },
  linear: RE2JS | null,
  backtrackingLimit: number,
): CompiledRegex {
  const once = javascript.once;
  const global = javascript.global;
  const backtracks = (text: string) => linear === null || text.length <= backtrackingLimit;

  return {
    source,
    repeat,
    groups,
    unnamedGroups,
    regexp: once,
    backtrackingLimit,
    test(text) {
      return backtracks(text) ? once.test(text) : (linear as RE2JS).test(text);
    },
    exec(text) {
      // re2js returns an array shaped like RegExp.exec()'s, with `index`.
      return backtracks(text) ? once.exec(text) : ((linear as RE2JS).exec(text) as RegexMatch | null);
    },
    matchAll(text, limit) {
      return backtracks(text) ? findAllJavaScript(global, text, limit) : findAllLinear(linear as RE2JS, text, limit);
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

// ---------------------------------------------------------------------------------------------
// Finding every match, as Java's Matcher.find() does: each search starts where the last match
// ended, or one character further after an empty match.

function findAllJavaScript(regexp: RegExp, text: string, limit: number): RegexMatch[] {
  const matches: RegexMatch[] = [];
  let position = 0;

  while (matches.length < limit && position <= text.length) {
    regexp.lastIndex = position;
    const match = regexp.exec(text);
    if (match === null) {
      break;
    }
    matches.push(match);
    position = nextPosition(match);
  }

  return matches;
}

function findAllLinear(regex: RE2JS, text: string, limit: number): RegexMatch[] {
  const matches: RegexMatch[] = [];
  const matcher = regex.matcher(text);
  const groupCount = regex.groupCount();
  let position = 0;

  while (matches.length < limit && position <= text.length && matcher.find(position)) {
    const texts: (string | undefined)[] = [];
    for (let group = 0; group <= groupCount; group += 1) {
      texts.push(matcher.group(group) ?? undefined);
    }
    const match = Object.assign(texts, { index: matcher.start() });
    matches.push(match);
    position = nextPosition(match);
  }

  return matches;
}

function nextPosition(match: RegexMatch): number {
  const end = match.index + (match[0] as string).length;
  return end === match.index ? end + 1 : end;
}

// ---------------------------------------------------------------------------------------------
// Flags and engines

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  global: boolean;
  engineV2: boolean;
}

function readFlags(flags: string, options: RegexCompileOptions): Flags {
  const result: Flags = { ignoreCase: false, multiline: false, dotAll: false, global: false, engineV2: false };

  for (const flag of flags) {
    if (!LITERAL_FLAGS.includes(flag) || (flag === "g" && !options.allowGlobalFlag)) {
      const valid = options.allowGlobalFlag ? "i, m, d, g, F" : "i, m, d, F here (regex() takes repeat=true in place of g)";
      throw new RegexSyntaxError(`invalid regex flag "${flag}": valid flags are ${valid}`, -1, "invalid");
    }

    if (flag === "i") result.ignoreCase = true;
    if (flag === "m") result.multiline = true;
    if (flag === "d") result.dotAll = true;
    if (flag === "g") result.global = true;
    if (flag === "F") result.engineV2 = true;
  }

  return result;
}

/**
 * Builds the `RegExp` pair (one for single searches, one with `g` for `matchAll`). The printed
 * pattern needs no flags, except that a case-insensitive backreference needs `i`, which is only
 * safe when every character node already ignores case.
 */
function javascriptRegExp(parsed: ParsedRegex, source: string): { once: RegExp; global: RegExp } {
  let flags = "";
  if (hasCaseInsensitiveBackreference(parsed.root)) {
    if (!ignoresCaseThroughout(parsed.root)) {
      throw new RegexSyntaxError(
        `a backreference under (?i) in a regex that is not case-insensitive throughout is not supported in LogScale regexes: /${source}/`,
        0,
        "unsupported",
      );
    }
    flags = "i";
  }

  const printed = printJavaScript(parsed);
  return { once: new RegExp(printed, flags), global: new RegExp(printed, `${flags}g`) };
}

/** Compiles the pattern for re2js, or names the construct that keeps re2js from running it. */
function re2Regex(parsed: ParsedRegex): { regex: RE2JS; reason?: undefined } | { regex: null; reason: string } {
  const printed = printRe2(parsed);
  if (typeof printed !== "string") {
    return { regex: null, reason: printed.reason };
  }

  try {
    return { regex: RE2JS.compile(printed) };
  } catch {
    // re2js limits the size of the compiled program (nested counted repetitions).
    return { regex: null, reason: "repetition counts too large for the linear-time engine" };
  }
}

function capturesInsideRepetition(node: RegexNode, repeated: boolean): boolean {
  switch (node.kind) {
    case "group":
      return (repeated && node.capture !== null) || capturesInsideRepetition(node.body, repeated);
    case "repeat":
      return capturesInsideRepetition(node.body, repeated || node.max > 1);
    case "sequence":
      return node.items.some((item) => capturesInsideRepetition(item, repeated));
    case "alternation":
      return node.branches.some((branch) => capturesInsideRepetition(branch, repeated));
    case "lookahead":
      return capturesInsideRepetition(node.body, repeated);
    default:
      return false;
  }
}

/** Tells whether a repetition of more than one round has a body that can match the empty string. */
function repeatsEmptyMatch(root: RegexNode): boolean {
  return someNode(root, (node) => node.kind === "repeat" && node.max > 1 && minMatchLength(node.body) === 0);
}

function minMatchLength(node: RegexNode): number {
  switch (node.kind) {
    case "chars":
      return 1;
    case "group":
      return minMatchLength(node.body);
    case "sequence":
      return node.items.reduce((sum, item) => sum + minMatchLength(item), 0);
    case "alternation":
      return Math.min(...node.branches.map(minMatchLength));
    case "repeat":
      return node.min * minMatchLength(node.body);
    default:
      return 0;
  }
}

function hasCaseInsensitiveBackreference(node: RegexNode): boolean {
  return someNode(node, (each) => each.kind === "backreference" && each.ignoreCase);
}

function ignoresCaseThroughout(node: RegexNode): boolean {
  return !someNode(node, (each) => each.kind === "chars" && !closedUnderCase(each.set));
}

function closedUnderCase(set: CharSet): boolean {
  return equalSets(caseClosure(set), set);
}

function someNode(node: RegexNode, test: (node: RegexNode) => boolean): boolean {
  if (test(node)) {
    return true;
  }

  switch (node.kind) {
    case "group":
    case "repeat":
    case "lookahead":
      return someNode(node.body, test);
    case "sequence":
      return node.items.some((item) => someNode(item, test));
    case "alternation":
      return node.branches.some((branch) => someNode(branch, test));
    default:
      return false;
  }
}
