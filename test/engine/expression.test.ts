import { describe, expect, it } from "vitest";
import { runQuery } from "../functions/helpers.js";

/** Evaluates `expr` on one event through `r := expr` and returns r (undefined for null). */
function evaluate(expr: string, event: Record<string, unknown> = {}): string | undefined {
  const [output] = runQuery(`r := ${expr}`, [event]);
  return output?.r;
}

describe("literals and field references", () => {
  it("reads numbers, booleans and strings", () => {
    expect(evaluate("2")).toBe("2");
    expect(evaluate("0.5")).toBe("0.5");
    expect(evaluate("true")).toBe("true");
    expect(evaluate('"text"')).toBe("text");
  });

  it("reads a bare word as a field", () => {
    expect(evaluate("f", { f: "v" })).toBe("v");
  });

  it("yields nothing for a missing field", () => {
    expect(evaluate("missing")).toBeUndefined();
  });
});

describe("arithmetic", () => {
  it("computes on numeric strings", () => {
    // syntax-expressions: a := "2" | b := 4 / lower(a) gives 2.
    expect(runQuery('a := "2" | b := 4 / lower(a)', [{}])).toEqual([{ a: "2", b: "2" }]);
  });

  it("respects precedence", () => {
    expect(evaluate("1 + 2 * 3")).toBe("7");
    expect(evaluate("(1 + 2) * 3")).toBe("9");
    expect(evaluate("10 - 4 - 3")).toBe("3");
    expect(evaluate("7 % 4")).toBe("3");
    expect(evaluate("-x + 1", { x: "3" })).toBe("-2");
  });

  it("prints non-integral results in full", () => {
    expect(evaluate("1 / 6 * 100")).toBe("16.666666666666664");
    expect(evaluate("3 / 2")).toBe("1.5");
  });

  it("yields nothing for non-numbers", () => {
    expect(evaluate('"a" / 2')).toBeUndefined();
    expect(evaluate("x + 1", { x: "1,000" })).toBeUndefined();
    expect(evaluate("true + 1")).toBeUndefined();
  });

  it("does not concatenate with +", () => {
    expect(evaluate('"a" + "b"')).toBeUndefined();
  });

  it("yields nothing when dividing by zero", () => {
    expect(evaluate("1 / 0")).toBeUndefined();
    expect(evaluate("0 / 0")).toBeUndefined();
    expect(evaluate("5 % 0")).toBeUndefined();
  });
});

describe("comparisons", () => {
  it("orders numbers only", () => {
    expect(evaluate("1 > 3")).toBe("false");
    expect(evaluate('"9" < "10"')).toBe("true");
    expect(evaluate('"a" > 3')).toBeUndefined();
  });

  it("compares any two values with == and !=", () => {
    expect(evaluate('"a" == "a"')).toBe("true");
    expect(evaluate('"a" == 2')).toBe("false");
    expect(evaluate('"a" != 2')).toBe("true");
    expect(evaluate("x == y", { x: "1", y: "1" })).toBe("true");
  });

  it("compares numeric strings as numbers", () => {
    expect(evaluate('"2.0" == 2')).toBe("true");
    expect(evaluate('"02" == "2"')).toBe("true");
  });

  it("compares boolean text with booleans", () => {
    expect(evaluate('"true" == true')).toBe("true");
  });

  it("yields nothing when a side is missing", () => {
    expect(evaluate("missing == 1")).toBeUndefined();
    expect(evaluate("missing != 1")).toBeUndefined();
  });
});

describe("negation", () => {
  it("negates booleans and tests numbers for zero", () => {
    expect(evaluate("!true")).toBe("false");
    expect(evaluate("!0")).toBe("true");
    expect(evaluate("!1")).toBe("false");
    expect(evaluate('!"x"')).toBeUndefined();
  });
});

describe("assignment", () => {
  it("leaves the target alone when the value is null", () => {
    expect(runQuery("f := missing", [{ f: "old" }])).toEqual([{ f: "old" }]);
    expect(runQuery("f := missing", [{ g: "1" }])).toEqual([{ g: "1" }]);
  });

  it("makes a call with as take the target", () => {
    expect(runQuery("n := length(s)", [{ s: "abcd" }])).toEqual([{ s: "abcd", n: "4" }]);
  });
});

describe("query parameters", () => {
  it("uses the supplied value", () => {
    expect(runQuery("x := ?p", [{}], { parameters: { p: "v" } })).toEqual([{ x: "v" }]);
  });

  it("falls back to the default", () => {
    expect(runQuery("x := ?{p=d}", [{}])).toEqual([{ x: "d" }]);
  });
});
