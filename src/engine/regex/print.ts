/**
 * Printers from the parsed regex to the two engines' syntax: JavaScript's `RegExp` (without
 * flags, so `^`, `$` and `.` are written out) and RE2 as re2js reads it. Both printers write
 * every capturing group as a plain `(...)` in the same order, so group numbers agree, and every
 * character node as an explicit class, so both engines match the same characters.
 */
import { coversSurrogates, singleUnit, withoutSurrogates, type CharSet } from "./charSet.js";
import type { ParsedRegex, RegexNode, Repeat } from "./syntax.js";

/** Thrown inside the RE2 printer for a node RE2 cannot express; the message names the construct. */
class NotExpressible extends Error {}

/** RE2's largest repetition count. */
const RE2_MAX_REPEAT = 1000;

// ---------------------------------------------------------------------------------------------
// JavaScript

/** Prints the regex as the source of a JavaScript `RegExp` that takes no flags. */
export function printJavaScript(parsed: ParsedRegex): string {
  return printNode(parsed.root, javascriptSyntax);
}

// ---------------------------------------------------------------------------------------------
// RE2

/**
 * Prints the regex in RE2 syntax, or names the construct RE2 cannot express: lookahead,
 * backreferences, `\Z`, repetition counts above 1000, and single surrogate code units (re2js
 * matches code points, JitRex UTF-16 code units).
 */
export function printRe2(parsed: ParsedRegex): string | { reason: string } {
  try {
    return printNode(parsed.root, re2Syntax);
  } catch (error) {
    if (error instanceof NotExpressible) {
      return { reason: error.message };
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared walk

interface Syntax {
  chars(set: CharSet): string;
  assertion(test: Extract<RegexNode, { kind: "assertion" }>["test"]): string;
  lookahead(negated: boolean, body: string): string;
  backreference(group: number): string;
  checkRepeat(node: Repeat): void;
}

function printNode(node: RegexNode, syntax: Syntax): string {
  switch (node.kind) {
    case "chars":
      return syntax.chars(node.set);
    case "sequence":
      return node.items.map((item) => (item.kind === "alternation" ? `(?:${printNode(item, syntax)})` : printNode(item, syntax))).join("");
    case "alternation":
      return node.branches.map((branch) => printNode(branch, syntax)).join("|");
    case "group":
      return node.capture === null ? `(?:${printNode(node.body, syntax)})` : `(${printNode(node.body, syntax)})`;
    case "repeat":
      syntax.checkRepeat(node);
      return `${atomic(node.body, syntax)}${quantifier(node)}`;
    case "assertion":
      return syntax.assertion(node.test);
    case "lookahead":
      return syntax.lookahead(node.negated, printNode(node.body, syntax));
    case "backreference":
      return syntax.backreference(node.group);
  }
}

/** Prints a node so that a quantifier after it applies to all of it. */
function atomic(node: RegexNode, syntax: Syntax): string {
  const printed = printNode(node, syntax);
  const single = node.kind === "chars" || node.kind === "group" || node.kind === "lookahead";
  return single ? printed : `(?:${printed})`;
}

function quantifier(node: Repeat): string {
  const lazy = node.greedy ? "" : "?";
  const { min, max } = node;

  if (min === 0 && max === Infinity) return `*${lazy}`;
  if (min === 1 && max === Infinity) return `+${lazy}`;
  if (min === 0 && max === 1) return `?${lazy}`;
  if (max === Infinity) return `{${min},}${lazy}`;
  if (min === max) return `{${min}}${lazy}`;
  return `{${min},${max}}${lazy}`;
}

/** Letters, digits and `_` print as themselves; every other character is escaped. */
function isPlain(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit === 0x5f;
}

function hex4(unit: number): string {
  return unit.toString(16).padStart(4, "0");
}

const javascriptSyntax: Syntax = {
  chars(set) {
    const unit = singleUnit(set);
    if (unit !== undefined) {
      return javascriptUnit(unit);
    }
    return `[${set.map(([low, high]) => (low === high ? javascriptUnit(low) : `${javascriptUnit(low)}-${javascriptUnit(high)}`)).join("")}]`;
  },
  assertion(test) {
    switch (test) {
      case "textStart":
        return "^";
      case "textEnd":
        return "$";
      case "lineStart":
        return "(?<![^\\n])";
      case "lineEnd":
        return "(?![^\\n])";
      case "finalEnd":
        return "(?=\\n?$)";
      case "wordBoundary":
        return "\\b";
      case "notWordBoundary":
        return "\\B";
    }
  },
  lookahead(negated, body) {
    return `(?${negated ? "!" : "="}${body})`;
  },
  backreference(group) {
    return `(?:\\${group})`;
  },
  checkRepeat() {},
};

function javascriptUnit(unit: number): string {
  return isPlain(unit) ? String.fromCharCode(unit) : `\\u${hex4(unit)}`;
}

const re2Syntax: Syntax = {
  chars(set) {
    const unit = singleUnit(set);
    if (unit !== undefined) {
      if (unit >= 0xd800 && unit <= 0xdfff) {
        throw new NotExpressible("a surrogate code unit");
      }
      return re2Unit(unit);
    }

    // re2js reads a surrogate pair as one code point: a set holding every surrogate (as `.`,
    // `\S` and negated classes do) becomes a set holding every code point above U+FFFF.
    const ranges = withoutSurrogates(set).map(([low, high]) => (low === high ? re2Unit(low) : `${re2Unit(low)}-${re2Unit(high)}`));
    if (coversSurrogates(set)) {
      ranges.push("\\x{10000}-\\x{10FFFF}");
    } else if (set.some(([low, high]) => high >= 0xd800 && low <= 0xdfff)) {
      throw new NotExpressible("a class with some of the surrogate code units");
    }
    return ranges.length === 0 ? "[^\\x{0}-\\x{10FFFF}]" : `[${ranges.join("")}]`;
  },
  assertion(test) {
    switch (test) {
      case "textStart":
        return "\\A";
      case "textEnd":
        return "\\z";
      case "lineStart":
        return "(?m:^)";
      case "lineEnd":
        return "(?m:$)";
      case "finalEnd":
        throw new NotExpressible("\\Z");
      case "wordBoundary":
        return "\\b";
      case "notWordBoundary":
        return "\\B";
    }
  },
  lookahead(negated) {
    throw new NotExpressible(negated ? "negative lookahead (?!...)" : "lookahead (?=...)");
  },
  backreference() {
    throw new NotExpressible("a backreference");
  },
  checkRepeat(node) {
    if (node.min > RE2_MAX_REPEAT || (node.max !== Infinity && node.max > RE2_MAX_REPEAT)) {
      throw new NotExpressible(`a repetition count above ${RE2_MAX_REPEAT}`);
    }
  },
};

function re2Unit(unit: number): string {
  return isPlain(unit) ? String.fromCharCode(unit) : `\\x{${unit.toString(16)}}`;
}
