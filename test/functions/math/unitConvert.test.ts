import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("unit:convert", () => {
  it("normalises prefixed values", () => {
    // functions-unit-convert: 514 ms to 0.514, and 4 KiB to 4096.
    expect(runQuery("unit:convert(x)", [{ x: "514 ms" }, { x: "4KiB" }]).map((row) => row.x)).toEqual(["0.514", "4096"]);
  });

  it("converts unitless values to a prefix", () => {
    // 123456 to kilo is 123.456; 2500000000 bytes are 2.5 GB.
    expect(runQuery("unit:convert(x, to=k)", [{ x: "123456" }])[0]?.x).toBe("123.456");
    expect(runQuery('unit:convert(x, from="B", to="GB", as=gb)', [{ x: "2500000000" }])[0]?.gb).toBe("2.5");
  });

  it("uses powers of 1024 with binary", () => {
    // 3145728 bytes are 3 · 1024 · 1024: 3 MB in binary prefixes.
    const query = 'unit:convert("SizeBytes", binary=true, from=B, to=M, keepUnit=true)';
    expect(runQuery(query, [{ SizeBytes: "3145728" }])[0]?.SizeBytes).toBe("3MB");
  });

  it("reads units that start with a prefix letter through unit", () => {
    // 5000 min with unit=min to k is 5.
    expect(runQuery("unit:convert(x, unit=min, to=k)", [{ x: "5000 min" }])[0]?.x).toBe("5");
  });

  it("leaves values that are not numbers", () => {
    expect(runQuery("unit:convert(x, to=k)", [{ x: "lots" }, {}])).toEqual([{ x: "lots" }, {}]);
  });

  it("rejects an unknown prefix", () => {
    // With unit=B, QB would need the prefix Q, which does not exist.
    expect(errorOf(() => runQuery("unit:convert(x, unit=B, to=QB)", [])).message).toMatch(/invalid unit "QB" for to=/);
  });
});
