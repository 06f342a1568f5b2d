import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const servers = { server: ["dopey", "sleepy", "doc", "happy", "sneezy"] };

describe("concatArray", () => {
  it("joins with prefix, separator and suffix", () => {
    // functions-concatarray example "Concatenate Values in Arrays With a Defined Prefix and Suffix".
    const [row] = runQuery('concatArray(server, prefix="[", separator=",", suffix="]")', [servers]);
    expect(row?._concatArray).toBe("[dopey,sleepy,doc,happy,sneezy]");
  });

  it("joins without a separator by default", () => {
    expect(runQuery("concatArray(a)", [{ a: ["x", "y"] }])[0]?._concatArray).toBe("xy");
  });

  it("honours from and to", () => {
    expect(runQuery('concatArray(server, from=1, to=3, separator="-", as=out)', [servers])[0]?.out).toBe("sleepy-doc-happy");
  });

  it("stops at the first missing index", () => {
    // functions-concatarray: with indices 0, 1 and 3 only 0 and 1 are joined.
    const rows = runQuery('concatArray(a, separator=",")', [{ "a[0]": "x", "a[1]": "y", "a[3]": "z" }]);
    expect(rows[0]?._concatArray).toBe("x,y");
  });

  it("writes nothing without the first index", () => {
    expect(runQuery("concatArray(a)", [{ "a[1]": "y" }])).toEqual([{ "a[1]": "y" }]);
  });

  it("accepts the array[] spelling", () => {
    expect(runQuery('concatArray("a[]")', [{ a: ["p", "q"] }])[0]?._concatArray).toBe("pq");
  });

  it("rejects to below from", () => {
    expect(errorOf(() => runQuery("concatArray(a, from=3, to=1)", [])).message).toMatch(/to=1 is below from=3/);
  });
});
