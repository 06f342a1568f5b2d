import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("text:substring", () => {
  it("cuts from begin up to end", () => {
    expect(runQuery("text:substring(f, begin=1, end=3)", [{ f: "abcdef" }])).toEqual([{ f: "abcdef", _string: "bc" }]);
  });

  it("counts grapheme clusters", () => {
    expect(runQuery("s := text:substring(f, begin=1)", [{ f: "🇩🇰ab" }])[0]?.s).toBe("ab");
  });

  it("clamps positions past the end", () => {
    expect(runQuery("s := text:substring(f, begin=2, end=10)", [{ f: "abc" }])[0]?.s).toBe("c");
  });

  it("rejects end below begin", () => {
    expect(errorOf(() => runQuery("text:substring(f, begin=3, end=1)", [])).message).toMatch(/end=1 is below begin=3/);
  });
});
