import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

// The responsetime values of the functions-stats example "Calculate Minimum and Maximum
// Response Times".
const responses = [145, 892, 167, 1290, 156, 78, 934, 923, 134, 445].map((value) => ({ responsetime: String(value) }));

describe("min and max", () => {
  it("find the smallest and largest number", () => {
    expect(runQuery("min(responsetime)", responses)).toEqual([{ _min: "78" }]);
    expect(runQuery("max(responsetime)", responses)).toEqual([{ _max: "1290" }]);
  });

  it("combine in the stats shorthand with := names", () => {
    expect(runQuery("[min_response := min(responsetime), max_response := max(responsetime)]", responses)).toEqual([
      { min_response: "78", max_response: "1290" },
    ]);
  });

  it("compare as numbers, not text", () => {
    expect(runQuery("max(x)", [{ x: "9" }, { x: "10" }, { x: "-20" }])).toEqual([{ _max: "10" }]);
    expect(runQuery("min(x)", [{ x: "9" }, { x: "10" }, { x: "-20" }])).toEqual([{ _min: "-20" }]);
  });

  it("keep the winning value's text", () => {
    // functions-session shows max(bet) as 150.00.
    expect(runQuery("max(bet)", [{ bet: "99.99" }, { bet: "150.00" }])).toEqual([{ _max: "150.00" }]);
  });

  it("emit no row without a number", () => {
    expect(runQuery("min(x)", [{ x: "fast" }, {}])).toEqual([]);
    expect(runQuery("max(x)", [])).toEqual([]);
  });

  it("accept the undocumented type parameter", () => {
    expect(runQuery("max(x, type=long)", [{ x: "3" }])).toEqual([{ _max: "3" }]);
  });
});
