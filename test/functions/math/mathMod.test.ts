import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("math:mod", () => {
  it("computes the remainder", () => {
    // functions-math-mod example "Calculate Floor Modulus of Values": 7 mod 3 is 1.
    expect(runQuery("x := 7 | math:mod(x, divisor=3, as=remainder)", [{}])).toEqual([{ x: "7", remainder: "1" }]);
  });

  it("takes the sign of the divisor", () => {
    // Floor modulus: -7 mod 3 is 2 (-7 = -3·3 + 2), 7 mod -3 is -2.
    expect(runQuery("math:mod(x, divisor=3)", [{ x: "-7" }])[0]?._mod).toBe("2");
    expect(runQuery("math:mod(x, divisor=-3)", [{ x: "7" }])[0]?._mod).toBe("-2");
  });

  it("rounds both numbers down first", () => {
    // floor(7.9) = 7 and floor(3.5) = 3: 7 mod 3 is 1.
    expect(runQuery("math:mod(x, divisor=3.5)", [{ x: "7.9" }])[0]?._mod).toBe("1");
  });

  it("writes nothing for text", () => {
    expect(runQuery("math:mod(x, divisor=3)", [{ x: "seven" }])).toEqual([{ x: "seven" }]);
  });

  it("rejects a zero divisor", () => {
    expect(errorOf(() => runQuery("math:mod(x, divisor=0.5)", [])).message).toMatch(/rounds down to 0/);
  });
});
