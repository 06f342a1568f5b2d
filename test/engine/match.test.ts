import { describe, expect, it } from "vitest";
import { compileWildcard } from "../../src/engine/match.js";

describe("anchored wildcard", () => {
  const cases: [string, string, boolean][] = [
    ["abc", "abc", true],
    ["abc", "abcd", false],
    ["abc", "ABC", false],
    ["a*", "a", true],
    ["a*", "abc", true],
    ["*c", "abc", true],
    ["a*c", "ac", true],
    ["a*c", "abcbc", true],
    ["a*c", "abcb", false],
    ["a*b*c", "aXbYc", true],
    ["a*b*c", "acb", false],
    ["*.exe", "nc.exe", true],
    ["*.exe", "nc.exe.txt", false],
    ["ab*ba", "aba", false],
    ["", "", true],
    ["", "x", false],
  ];

  it.each(cases)("%j against %j gives %s", (pattern, value, expected) => {
    expect(compileWildcard(pattern, { anchored: true })(value)).toBe(expected);
  });
});

describe("unanchored wildcard", () => {
  it("finds a substring", () => {
    const matches = compileWildcard("Bucket", { anchored: false });
    expect(matches("MyBucketList")).toBe(true);
    expect(matches("mybucket")).toBe(false);
  });

  it("finds parts in order", () => {
    const matches = compileWildcard("a*b", { anchored: false });
    expect(matches("xxaYYbzz")).toBe(true);
    expect(matches("xxbYYazz")).toBe(false);
  });

  it("matches everything for a lone star", () => {
    expect(compileWildcard("*", { anchored: false })("")).toBe(true);
  });
});

describe("ignoreCase", () => {
  it("compares lower-cased text", () => {
    expect(compileWildcard("Err*", { anchored: true, ignoreCase: true })("ERROR")).toBe(true);
  });
});

describe("hostile input", () => {
  it("stays linear on long values", () => {
    const value = "a".repeat(200_000);
    const started = performance.now();
    expect(compileWildcard("*a*a*a*a*b", { anchored: true })(value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
