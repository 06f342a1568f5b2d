import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

// The responsetime values of the functions-percentile example "Calculate Multiple Response
// Time Percentiles"; sorted: 45 56 62 67 78 89 89 123 234 345.
const responses = ["45", "62", "89", "123", "234", "56", "78", "345", "67", "89"].map((responsetime) => ({ responsetime }));

describe("percentile", () => {
  it("computes nearest-rank percentiles 50, 75 and 99 by default", () => {
    // Ranks: ceil(0.5 * 10) = 5 -> 78, ceil(0.75 * 10) = 8 -> 123, ceil(0.99 * 10) = 10 -> 345.
    expect(runQuery("percentile(responsetime)", responses)).toEqual([{ _50: "78", _75: "123", _99: "345" }]);
  });

  it("names the fields after the percentiles as written", () => {
    // ceil(0.999 * 10) = 10 -> 345.
    expect(runQuery("percentile(field=responsetime, percentiles=[50, 99.9])", responses)).toEqual([{ _50: "78", "_99.9": "345" }]);
  });

  it("prefixes the fields with as", () => {
    expect(runQuery("percentile(field=responsetime, percentiles=[50], as=median)", responses)).toEqual([{ median_50: "78" }]);
  });

  it("takes the smallest value for percentile 0", () => {
    expect(runQuery("percentile(responsetime, percentiles=[0, 100])", responses)).toEqual([{ _0: "45", _100: "345" }]);
  });

  it("skips values that are not numbers and emits no row without any", () => {
    expect(runQuery("percentile(x, percentiles=[50])", [{ x: "3" }, { x: "slow" }, { x: "1" }])).toEqual([{ _50: "1" }]);
    expect(runQuery("percentile(x)", [{ x: "slow" }])).toEqual([]);
  });

  it("rejects a percentile above 100", () => {
    expect(errorOf(() => runQuery("percentile(x, percentiles=[101])", [])).message).toMatch(/invalid percentile "101"/);
  });

  it("rejects an accuracy of 1", () => {
    expect(errorOf(() => runQuery("percentile(x, accuracy=1)", [])).message).toMatch(/invalid value for accuracy/);
  });
});
