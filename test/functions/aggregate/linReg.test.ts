import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("linReg", () => {
  it("fits an exact line", () => {
    // y = 2x + 1 through three points: slope 2, intercept 1, R² 1, adjusted 1 - 0 * 2 / 1 = 1.
    expect(runQuery("linReg(x=x, y=y)", [{ x: "1", y: "3" }, { x: "2", y: "5" }, { x: "3", y: "7" }])).toEqual([
      { _slope: "2", _intercept: "1", _r2: "1", _n: "3" },
    ]);
  });

  it("computes the adjusted R squared", () => {
    // Points (0,0) (1,2) (2,1) (3,3): x mean 1.5, y mean 1.5, Sxx 5, Syy 5, Sxy 4.
    // slope 4/5 = 0.8, intercept 1.5 - 0.8 * 1.5 = 0.3, R² 16/25 = 0.64,
    // adjusted 1 - 0.36 * 3 / 2 = 0.46.
    const rows = runQuery("linReg(x=a, y=b, prefix=fit_)", [
      { a: "0", b: "0" },
      { a: "1", b: "2" },
      { a: "2", b: "1" },
      { a: "3", b: "3" },
    ]);
    expect(Number(rows[0]?.fit_slope)).toBeCloseTo(0.8, 12);
    expect(Number(rows[0]?.fit_intercept)).toBeCloseTo(0.3, 12);
    expect(Number(rows[0]?.fit_r2)).toBeCloseTo(0.46, 12);
    expect(rows[0]?.fit_n).toBe("4");
  });

  it("leaves out r2 for two points", () => {
    expect(runQuery("linReg(x=x, y=y)", [{ x: "0", y: "1" }, { x: "2", y: "5" }])).toEqual([{ _slope: "2", _intercept: "1", _n: "2" }]);
  });

  it("writes nothing when all x or all y values are equal", () => {
    expect(runQuery("linReg(x=x, y=y)", [{ x: "1", y: "3" }, { x: "1", y: "5" }, { x: "1", y: "7" }])).toEqual([]);
    expect(runQuery("linReg(x=x, y=y)", [{ x: "1", y: "3" }, { x: "2", y: "3" }, { x: "3", y: "3" }])).toEqual([]);
  });

  it("skips events without both numbers", () => {
    const events = [{ x: "1", y: "3" }, { x: "2" }, { x: "2", y: "five" }, { x: "2", y: "5" }, { x: "3", y: "7" }];
    expect(runQuery("linReg(x=x, y=y)", events)).toEqual([{ _slope: "2", _intercept: "1", _r2: "1", _n: "3" }]);
  });

  it("requires x and y", () => {
    expect(errorOf(() => runQuery("linReg(x=a)", [])).message).toMatch(/missing required argument y/);
  });
});
