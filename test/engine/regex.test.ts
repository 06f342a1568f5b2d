import { describe, expect, it } from "vitest";
import { compileRegex, RegexSyntaxError, type CompiledRegex } from "../../src/engine/regex.js";

const literal = { allowGlobalFlag: true };
const fn = { allowGlobalFlag: false };

function regex(source: string, flags = ""): CompiledRegex {
  return compileRegex(source, flags, literal);
}

function extract(source: string, flags: string, text: string): Record<string, string> | null {
  const compiled = regex(source, flags);
  const match = compiled.exec(text);
  if (match === null) {
    return null;
  }
  const event = new Map<string, string>();
  compiled.extract(match, event);
  return Object.fromEntries(event);
}

function firstMatch(source: string, text: string, flags = ""): string | null {
  return regex(source, flags).exec(text)?.[0] ?? null;
}

function errorOf(source: string, flags = ""): RegexSyntaxError {
  try {
    regex(source, flags);
  } catch (error) {
    return error as RegexSyntaxError;
  }
  throw new Error(`/${source}/ compiled without an error`);
}

describe("flags", () => {
  it("i ignores case", () => {
    expect(regex("error", "i").test("ERROR")).toBe(true);
    expect(regex("error").test("ERROR")).toBe(false);
  });

  it("m makes ^ and $ match at lines", () => {
    expect(regex("^b$", "m").test("a\nb\nc")).toBe(true);
    expect(regex("^b$").test("a\nb\nc")).toBe(false);
  });

  it("d lets the dot match a newline", () => {
    expect(regex("a.b", "d").test("a\nb")).toBe(true);
    expect(regex("a.b").test("a\nb")).toBe(false);
  });

  it("g asks for repetition", () => {
    const compiled = regex("(?<n>\\d)", "g");
    expect(compiled.repeat).toBe(true);
    expect(compiled.matchAll("1a2b3", 10).map((match) => match[1])).toEqual(["1", "2", "3"]);
  });

  it("F is accepted", () => {
    expect(regex("x", "F").test("x")).toBe(true);
  });

  it("rejects g in regex() flags", () => {
    expect(() => compileRegex("x", "g", fn)).toThrow(/repeat=true/);
  });

  it("rejects unknown flags", () => {
    expect(() => regex("x", "s")).toThrow(/invalid regex flag "s"/);
  });
});

describe("inline flags", () => {
  it("(?i) at the start applies to the whole regex", () => {
    expect(regex("(?i)error").test("ERROR")).toBe(true);
  });

  it("(?i:...) scopes case-insensitivity", () => {
    const compiled = regex("a(?i:bc)d");
    expect(compiled.test("aBCd")).toBe(true);
    expect(compiled.test("ABCd")).toBe(false);
    expect(compiled.test("aBCD")).toBe(false);
  });

  it("(?i) inside a group lasts to the group's end", () => {
    const compiled = regex("(a(?i)b)c");
    expect(compiled.test("aBc")).toBe(true);
    expect(compiled.test("aBC")).toBe(false);
  });

  it("scoped case-insensitivity covers class ranges", () => {
    expect(regex("(?i:[a-c]+)$").test("xABC")).toBe(true);
  });

  it("(?-i) turns case-insensitivity off", () => {
    const compiled = regex("a(?-i:b)c", "i");
    expect(compiled.test("AbC")).toBe(true);
    expect(compiled.test("ABC")).toBe(false);
  });

  it("(?s:...) and (?m) scope dot-all and multi-line", () => {
    expect(regex("a(?s:.)b.").test("a\nbc")).toBe(true);
    expect(regex("a(?s:.)b.").test("a\nb\n")).toBe(false);
    expect(regex("x\\n(?m)^y").test("x\ny")).toBe(true);
  });

  it("end at the next | in engine v1 but reach later branches in v2", () => {
    // syntax-regex-engines: in v1 an inline flag in an alternation applies to its branch only.
    expect(regex("(?i)a|b").test("B")).toBe(false);
    expect(regex("(?i)a|b", "F").test("B")).toBe(true);
  });

  it("rejects flags JitRex lacks", () => {
    expect(errorOf("(?x)a b").message).toMatch(/inline flag "x"/);
    expect(errorOf("(?U)a").reason).toBe("unsupported");
  });
});

describe("character classes", () => {
  it("dot matches anything but a newline", () => {
    expect(firstMatch(".+", "a\rb\u2028c\nd")).toBe("a\rb\u2028c");
  });

  it("\\s holds the Java whitespace characters only", () => {
    expect(regex("^\\s+$").test(" \t\n\u000b\f\r")).toBe(true);
    expect(regex("\\s").test("\u00a0")).toBe(false);
  });

  it("\\w and \\d are ASCII", () => {
    expect(regex("\\w").test("é")).toBe(false);
    expect(regex("\\d").test("٣")).toBe(false);
    expect(firstMatch("\\w+", "ab_9-x")).toBe("ab_9");
  });

  it("\\W is [^a-zA-Z] in engine v1 and the complement of \\w in v2", () => {
    // syntax-regex-diffs: v1's \W also matches digits and the underscore.
    expect(firstMatch("\\W+", "ab1_2-cd")).toBe("1_2-");
    expect(firstMatch("\\W+", "ab1_2-cd", "F")).toBe("-");
  });

  it("reads \\h as a letter in engine v1 and as space with F", () => {
    expect(regex("\\h").test("h")).toBe(true);
    expect(regex("a\\hb", "F").test("a b")).toBe(true);
    expect(regex("a\\hb", "F").test("a\u3000b")).toBe(true);
  });

  it("ignores case by lower-casing, as JitRex does", () => {
    // The Kelvin sign U+212A lower-cases to k.
    expect(regex("k", "i").test("\u212a")).toBe(true);
    expect(regex("[^k]", "i").test("K")).toBe(false);
  });

  it("reads a ] right after [ as a literal", () => {
    expect(regex("[]a]").test("]")).toBe(true);
  });

  it("reads \\b in a class as backspace", () => {
    expect(regex("[\\b]").test("\b")).toBe(true);
  });

  it("accepts RE2-style Unicode classes", () => {
    expect(regex("\\p{Greek}+").test("αβγ")).toBe(true);
    expect(regex("^\\p{Lu}").test("Ab")).toBe(true);
    expect(regex("\\pL").test("x")).toBe(true);
    expect(regex("^\\P{L}$").test("1")).toBe(true);
    expect(regex("^\\p{^L}$").test("1")).toBe(true);
  });

  it("rejects Java-only Unicode class names", () => {
    expect(() => regex("\\p{InGreek}")).toThrow(/unknown Unicode class/);
    expect(() => regex("\\p{IsLatin}")).toThrow(/unknown Unicode class/);
    expect(() => regex("\\p{Lower}")).toThrow(/unknown Unicode class/);
  });

  it("rejects ranges out of order and classes as range ends", () => {
    expect(errorOf("[z-a]").message).toMatch(/out of order/);
    expect(errorOf("[a-\\d]").message).toMatch(/ends in a class/);
  });
});

describe("anchors", () => {
  it("$ without m matches only at the very end", () => {
    expect(regex("b$").test("ab")).toBe(true);
    expect(regex("b$").test("ab\n")).toBe(false);
  });

  it("\\Z also matches before a final newline", () => {
    expect(regex("b\\Z").test("ab\n")).toBe(true);
    expect(regex("b\\Z").test("ab\nc")).toBe(false);
  });

  it("anchors \\A and \\z to the input even with m", () => {
    expect(regex("\\Ab", "m").test("a\nb")).toBe(false);
    expect(regex("a\\z", "m").test("a\nb")).toBe(false);
  });

  it("multi-line anchors look at \\n only", () => {
    expect(regex("^b", "m").test("a\rb")).toBe(false);
    expect(regex("a$", "m").test("a\r\nb")).toBe(false);
  });
});

describe("named groups", () => {
  it("extracts fields with names JavaScript does not allow", () => {
    expect(extract("(?<@host>\\w+) (?<#tag>\\w+) (?<a.b>\\w+)", "", "h1 t2 v3")).toEqual({ "@host": "h1", "#tag": "t2", "a.b": "v3" });
  });

  it("accepts the (?P<name>...) form", () => {
    expect(extract("(?P<id>\\d+)", "", "id=42")).toEqual({ id: "42" });
  });

  it("skips groups that did not take part", () => {
    expect(extract("(?<a>x)|(?<b>y)", "", "y")).toEqual({ b: "y" });
  });

  it("lets alternatives write the same field", () => {
    expect(extract("user=(?<user>\\w+)|login (?<user>\\w+)", "", "login bob")).toEqual({ user: "bob" });
  });

  it("numbers only unnamed groups for backreferences, as JitRex does", () => {
    // \1 is the first unnamed group, (\w), not the named group before it.
    expect(extract("(?<first>\\w)(\\w)\\1", "", "abb")).toEqual({ first: "a" });
    expect(regex("(?<first>\\w)(\\w)\\1").test("aba")).toBe(false);
  });

  it("reads \\n past the unnamed groups as an octal escape", () => {
    expect(regex("^\\1$").test("\u0001")).toBe(true);
    expect(errorOf("\\9").message).toMatch(/group that does not exist/);
  });

  it("rejects an empty name", () => {
    expect(errorOf("(?<>x)").message).toMatch(/needs a name/);
  });
});

describe("unsupported constructs", () => {
  it.each([
    ["(?<=a)b", /lookbehind/],
    ["(?<!a)b", /lookbehind/],
    ["(?>ab)", /atomic group/],
    ["a*+", /possessive/],
    ["a++", /possessive/],
    ["a{2}+", /possessive/],
    ["(?<n>a)\\k<n>", /named backreference/],
    ["(?#note)a", /comment group/],
    ["\\Ga", /\\G/],
    ["a\\R", /\\R/],
    ["\\X", /\\X/],
    ["\\u{41}", /\\u\{/],
    ["[[:alpha:]]", /POSIX class/],
    ["[a-d[m-p]]", /inside a character class/],
    ["[a-z&&[^e]]", /intersection/],
    ["\\b{wb}", /Unicode boundary/],
  ])("%s is rejected", (source, message) => {
    const error = errorOf(source);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/not supported in LogScale regexes/);
    expect(error.reason).toBe("unsupported");
  });

  it("reports the offset of the construct", () => {
    expect(errorOf("ab(?<=c)").index).toBe(2);
  });

  it("allows lookahead", () => {
    expect(regex("a(?=b)").test("ab")).toBe(true);
    expect(regex("a(?!b)").test("ab")).toBe(false);
  });

  it("allows lazy quantifiers", () => {
    expect(extract("(?<x>a+?)", "", "aaa")).toEqual({ x: "a" });
  });
});

describe("invalid patterns", () => {
  it.each([
    ["(ab", /missing closing parenthesis/],
    ["ab)", /unmatched closing parenthesis/],
    ["[ab", /unclosed character class/],
    ["*a", /nothing to repeat/],
    ["a**", /follows another quantifier/],
    ["a{3,2}", /minimum above its maximum/],
    ["^*", /cannot follow an anchor/],
    ["\\y", /unknown escape \\y/],
    ["a\\", /lone backslash/],
    ["\\ca", /\\c must be followed/],
    ["\\x{1F600}", /\\x must be followed/],
  ])("%s is reported", (source, message) => {
    const error = errorOf(source);
    expect(error.message).toMatch(message);
    expect(error.reason).toBe("invalid");
  });
});

describe("Java syntax", () => {
  it("quotes \\Q...\\E", () => {
    expect(regex("\\Q*.+\\E").test("a*.+b")).toBe(true);
  });

  it("repeats only the last quoted character", () => {
    expect(firstMatch("\\Qab\\E+", "abbb")).toBe("abbb");
    expect(regex("^\\Qab\\E+$").test("abab")).toBe(false);
  });

  it("reads octal, hex, unicode and control escapes", () => {
    expect(regex("\\0101").test("A")).toBe(true);
    expect(regex("\\x{41}\\x42\\u0043").test("ABC")).toBe(true);
    expect(regex("\\cA").test("\u0001")).toBe(true);
    expect(regex("\\e").test("\u001b")).toBe(true);
  });

  it("treats an escaped non-letter as itself", () => {
    expect(regex("a\\-b\\:c\\/").test("a-b:c/")).toBe(true);
  });

  it("reads a brace that starts no quantifier as a literal", () => {
    expect(regex("a{x}").test("a{x}")).toBe(true);
  });
});

describe("matchAll", () => {
  it("moves one character on after an empty match", () => {
    expect(regex("a*").matchAll("baaac", 10).map((match) => [match.index, match[0]])).toEqual([
      [0, ""],
      [1, "aaa"],
      [4, ""],
      [5, ""],
    ]);
  });

  it("stops at the limit", () => {
    expect(regex("\\d").matchAll("12345", 2)).toHaveLength(2);
  });
});

describe("engine choice", () => {
  it("gives linear-time patterns to the backtracking engine at any length", () => {
    expect(regex("^foo").backtrackingLimit).toBe(Infinity);
  });

  it("limits patterns that backtrack polynomially", () => {
    const limit = regex("(?<k>\\w+)=").backtrackingLimit;
    expect(limit).toBeGreaterThan(100);
    expect(limit).toBeLessThan(10_000);
    expect(regex("\\s*\\s*\\s*x").backtrackingLimit).toBeLessThan(100);
  });

  it("never backtracks on a capturing group inside a repetition", () => {
    expect(regex("(?:(a)|b)+").backtrackingLimit).toBe(-1);
    expect(extract("(?:(?<x>a)|b)+", "", "ab")).toEqual({ x: "a" });
  });

  it("never backtracks on a repetition that can match the empty string", () => {
    expect(regex("(?:a|\\b)+").backtrackingLimit).toBe(-1);
  });

  it("runs hostile input in linear time", () => {
    const started = Date.now();
    expect(regex("(a+)+$").test(`${"a".repeat(5_000)}!`)).toBe(false);
    expect(regex("\\s*\\s*\\s*x").test(" ".repeat(100_000))).toBe(false);
    expect(regex("(?<k>\\w+)=").exec("a".repeat(200_000))).toBeNull();
    expect(regex("a.*b.*c").exec("ab".repeat(100_000))).toBeNull();
    // Each of these takes hours on a backtracking engine; a generous bound keeps the test stable.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("warns when a pattern needs the backtracking engine and may be slow", () => {
    expect(regex("(\\w+)\\1=").warning).toMatch(/backreference.*backtracking engine/);
    expect(regex("a(?=b)").warning).toBeUndefined();
  });
});
