import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parser.js";
import { print } from "../../src/syntax/printer.js";
import { withoutPositions } from "../corpus/corpus.js";

function reprint(text: string): string {
  return print(parse(text));
}

describe("printer", () => {
  it("puts each step on its own line", () => {
    expect(reprint("| a=1 b=2 |groupBy(x) // note\n| sort(_count)")).toBe("a=1 b=2\n| groupBy(x)\n| sort(_count)");
  });

  it("keeps explicit and", () => {
    expect(reprint("a=1 AND b=2")).toBe("a=1 and b=2");
  });

  it("parenthesizes or inside not", () => {
    expect(reprint("not (a=1 or b=2)")).toBe("not (a=1 or b=2)");
  });

  it("parenthesizes and inside or", () => {
    expect(reprint("(a b) or c")).toBe("(a b) or c");
  });

  it("drops parentheses precedence makes redundant", () => {
    expect(reprint("a (b or c)")).toBe("a b or c");
  });

  it("keeps needed expression parentheses", () => {
    expect(reprint("x := (a + b) * c - (d - e)")).toBe("x := (a + b) * c - (d - e)");
  });

  it("drops redundant expression parentheses", () => {
    expect(reprint("x := (a * b) + c")).toBe("x := a * b + c");
  });

  it("escapes quotes and backslashes in strings", () => {
    expect(reprint('regex("\\\\d+ \\"x\\"")')).toBe('regex("\\\\d+ \\"x\\"")');
  });

  it("escapes slashes in regexes", () => {
    expect(reprint("url=/a\\/b[/]/i")).toBe("url=/a\\/b[\\/]/i");
  });

  it("prints parameters", () => {
    expect(reprint('a=?host b=?"my param" c=?{sig="*"} d=?{x=a b}')).toBe('a=?host b=?"my param" c=?{sig=*} d=?{x=a b}');
  });

  it("prints saved searches", () => {
    expect(reprint('$"My Search"(x=1) | $pkg/name:part()')).toBe('$"My Search"(x=1)\n| $pkg/name:part()');
  });

  it("prints case and match", () => {
    expect(reprint("case { a=1 | x:=1; *}\n| f match { /r/ => y:=2 ; true => * }")).toBe(
      "case { a=1 | x := 1 ; * }\n| f match { /r/ => y := 2 ; * => * }",
    );
  });

  it("prints correlate queries", () => {
    expect(reprint("correlate(a: { x=1 } include: [u], b: {y=2 | u <=> a.u}, within=5m)")).toBe(
      "correlate(a: { x=1 } include: [u], b: { y=2 | u <=> a.u }, within=5m)",
    );
  });

  it("round trip keeps the tree", () => {
    const text = '#t=a "x y" /re/i | f =~ !in(values=[1, 2]) | [n := count(), max(y)] | test(!(a < -1))';
    expect(withoutPositions(parse(print(parse(text))))).toEqual(withoutPositions(parse(text)));
  });
});
