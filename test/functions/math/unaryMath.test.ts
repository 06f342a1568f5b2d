import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

/** Runs math:<name>(x) over one event with x = value and returns the result. */
function computed(name: string, value: string): string | undefined {
  return runQuery(`r := math:${name}(x)`, [{ x: value }])[0]?.r;
}

describe("math functions of one number", () => {
  it("compute the documented functions", () => {
    const cases: [string, string, string][] = [
      ["abs", "-4.5", "4.5"],
      ["ceil", "2.1", "3"],
      ["floor", "2.9", "2"],
      ["floor", "-2.1", "-3"],
      ["sqrt", "16", "4"],
      ["exp", "0", "1"],
      ["expm1", "0", "0"],
      ["log", "1", "0"],
      ["log10", "1000", "3"],
      ["log1p", "0", "0"],
      ["log2", "8", "3"],
      ["sin", "0", "0"],
      ["cos", "0", "1"],
      ["tan", "0", "0"],
      ["sinh", "0", "0"],
      ["cosh", "0", "1"],
      ["tanh", "0", "0"],
      ["arcsin", "1", String(Math.PI / 2)],
      ["arccos", "1", "0"],
      ["arctan", "1", String(Math.PI / 4)],
      ["deg2rad", "180", String(Math.PI)],
      ["rad2deg", String(Math.PI), "180"],
    ];
    for (const [name, input, expected] of cases) {
      expect(computed(name, input), `math:${name}(${input})`).toBe(expected);
    }
  });

  it("write _<name> by default", () => {
    expect(runQuery("math:abs(x)", [{ x: "-1" }])).toEqual([{ x: "-1", _abs: "1" }]);
  });

  it("write nothing for non-finite results", () => {
    // log(0) is -Infinity and sqrt(-1) is NaN: neither is a field value.
    expect(computed("log", "0")).toBeUndefined();
    expect(computed("sqrt", "-1")).toBeUndefined();
  });

  it("write nothing for text or a missing field", () => {
    expect(runQuery("math:abs(x)", [{ x: "abc" }, {}])).toEqual([{ x: "abc" }, {}]);
  });

  it("read a field name, not a literal", () => {
    // syntax-expressions: math:cos(1) reads a field named 1.
    expect(runQuery("math:cos(1)", [{ "1": "0" }])[0]?._cos).toBe("1");
  });
});
