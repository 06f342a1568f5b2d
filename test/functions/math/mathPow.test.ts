import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("math:pow", () => {
  it("raises to the exponent", () => {
    expect(runQuery("math:pow(x, exponent=3)", [{ x: "2" }])[0]?._pow).toBe("8");
  });

  it("accepts fractional and negative exponents", () => {
    expect(runQuery("a := math:pow(x, exponent=0.5) | b := math:pow(x, exponent=-1)", [{ x: "4" }])).toEqual([{ x: "4", a: "2", b: "0.25" }]);
  });

  it("writes nothing for a non-finite result", () => {
    // (-8)^0.5 is NaN.
    expect(runQuery("math:pow(x, exponent=0.5)", [{ x: "-8" }])).toEqual([{ x: "-8" }]);
  });

  it("needs an exponent", () => {
    expect(errorOf(() => runQuery("math:pow(x)", [])).message).toMatch(/missing required argument exponent/);
  });
});
