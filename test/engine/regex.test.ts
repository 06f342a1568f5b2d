import { describe, expect, it } from "vitest";
import { compileRegex, RegexSyntaxError } from "../../src/engine/regex.js";

const literal = { allowGlobalFlag: true };
const fn = { allowGlobalFlag: false };

function extract(source: string, flags: string, text: string): Record<string, string> | null {
  const regex = compileRegex(source, flags, literal);
  const match = regex.regexp.exec(text);
  if (match === null) {
    return null;
  }
  const event = new Map<string, string>();
  regex.extract(match, event);
  return Object.fromEntries(event);
}

describe("flags", () => {
  it("i ignores case", () => {
    expect(compileRegex("error", "i", literal).regexp.test("ERROR")).toBe(true);
    expect(compileRegex("error", "", literal).regexp.test("ERROR")).toBe(false);
  });

  it("m makes ^ and $ match at lines", () => {
    expect(compileRegex("^b$", "m", literal).regexp.test("a\nb\nc")).toBe(true);
    expect(compileRegex("^b$", "", literal).regexp.test("a\nb\nc")).toBe(false);
  });

  it("d lets the dot match a newline", () => {
    expect(compileRegex("a.b", "d", literal).regexp.test("a\nb")).toBe(true);
    expect(compileRegex("a.b", "", literal).regexp.test("a\nb")).toBe(false);
  });

  it("g asks for repetition", () => {
    const regex = compileRegex("(?<n>\\d)", "g", literal);
    expect(regex.repeat).toBe(true);
    expect(regex.matchAll("1a2b3", 10).map((match) => match[1])).toEqual(["1", "2", "3"]);
  });

  it("F is accepted", () => {
    expect(compileRegex("x", "F", literal).regexp.test("x")).toBe(true);
  });

  it("rejects g in regex() flags", () => {
    expect(() => compileRegex("x", "g", fn)).toThrow(/repeat=true/);
  });

  it("rejects unknown flags", () => {
    expect(() => compileRegex("x", "s", literal)).toThrow(/invalid regex flag "s"/);
  });
});

describe("inline flags", () => {
  it("(?i) at the start applies to the whole regex", () => {
    expect(compileRegex("(?i)error", "", literal).regexp.test("ERROR")).toBe(true);
  });

  it("(?i:...) scopes case-insensitivity", () => {
    const regexp = compileRegex("a(?i:bc)d", "", literal).regexp;
    expect(regexp.test("aBCd")).toBe(true);
    expect(regexp.test("ABCd")).toBe(false);
    expect(regexp.test("aBCD")).toBe(false);
  });

  it("(?i) inside a group lasts to the group's end", () => {
    const regexp = compileRegex("(a(?i)b)c", "", literal).regexp;
    expect(regexp.test("aBc")).toBe(true);
    expect(regexp.test("aBC")).toBe(false);
  });

  it("scoped case-insensitivity covers class ranges", () => {
    const regexp = compileRegex("(?i:[a-c]+)$", "", literal).regexp;
    expect(regexp.test("xABC")).toBe(true);
  });

  it("rejects scoped flags other than i", () => {
    expect(() => compileRegex("a(?s:.)", "", literal)).toThrow(/inline flag "s"/);
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

  it("keeps numbered backreferences in step", () => {
    expect(extract("(?<first>\\w)(\\w)\\2", "", "abb")).toEqual({ first: "a" });
  });

  it("rejects a name used twice", () => {
    expect(() => compileRegex("(?<a>x)(?<a>y)", "", literal)).toThrow(/used twice/);
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
  ])("%s is rejected", (source, message) => {
    expect(() => compileRegex(source, "", literal)).toThrow(message);
  });

  it("reports the offset of the construct", () => {
    try {
      compileRegex("ab(?<=c)", "", literal);
      expect.unreachable();
    } catch (error) {
      expect((error as RegexSyntaxError).index).toBe(2);
    }
  });

  it("allows lookahead", () => {
    expect(compileRegex("a(?=b)", "", literal).regexp.test("ab")).toBe(true);
    expect(compileRegex("a(?!b)", "", literal).regexp.test("ab")).toBe(false);
  });

  it("allows lazy quantifiers", () => {
    expect(extract("(?<x>a+?)", "", "aaa")).toEqual({ x: "a" });
  });
});

describe("Java syntax", () => {
  it("quotes \\Q...\\E", () => {
    expect(compileRegex("\\Q*.+\\E", "", literal).regexp.test("a*.+b")).toBe(true);
  });

  it("anchors \\A and \\z to the input even with m", () => {
    const regexp = compileRegex("\\Ab", "m", literal).regexp;
    expect(regexp.test("a\nb")).toBe(false);
    expect(compileRegex("a\\z", "m", literal).regexp.test("a\nb")).toBe(false);
  });

  it("lets $ match before a final newline", () => {
    expect(compileRegex("b$", "", literal).regexp.test("ab\n")).toBe(true);
    expect(compileRegex("b$", "", literal).regexp.test("ab\nc")).toBe(false);
  });

  it("reads a ] right after [ as a literal", () => {
    expect(compileRegex("[]a]", "", literal).regexp.test("]")).toBe(true);
  });

  it("reads octal and braced hex escapes", () => {
    expect(compileRegex("\\0101", "", literal).regexp.test("A")).toBe(true);
    expect(compileRegex("\\x{41}", "", literal).regexp.test("A")).toBe(true);
  });

  it("reads \\h as a letter in engine v1 and as space with F", () => {
    expect(compileRegex("\\h", "", literal).regexp.test("h")).toBe(true);
    expect(compileRegex("a\\hb", "F", literal).regexp.test("a b")).toBe(true);
  });

  it("accepts RE2-style Unicode classes", () => {
    expect(compileRegex("\\p{Greek}+", "", literal).regexp.test("αβγ")).toBe(true);
    expect(compileRegex("^\\p{Lu}", "", literal).regexp.test("Ab")).toBe(true);
    expect(compileRegex("\\pL", "", literal).regexp.test("x")).toBe(true);
  });

  it("rejects Java-only Unicode class names", () => {
    expect(() => compileRegex("\\p{InGreek}", "", literal)).toThrow(/unknown Unicode class/);
  });

  it("treats an escaped non-letter as itself", () => {
    expect(compileRegex("a\\-b\\:c", "", literal).regexp.test("a-b:c")).toBe(true);
  });

  it("rejects unknown letter escapes", () => {
    expect(() => compileRegex("\\y", "", literal)).toThrow(/unknown escape/);
  });

  it("reads a brace that starts no quantifier as a literal", () => {
    expect(compileRegex("a{x}", "", literal).regexp.test("a{x}")).toBe(true);
  });
});
