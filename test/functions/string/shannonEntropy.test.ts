import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("shannonEntropy", () => {
  it("matches the docs example", () => {
    // functions-shannonentropy: example.com gives 3.095795 (rounded). By hand: e and m occur
    // twice, 7 other characters once in 11: -(2·(2/11)·log2(2/11) + 7·(1/11)·log2(1/11)).
    const [row] = runQuery("entropy := shannonEntropy(dns_name)", [{ dns_name: "example.com" }]);
    const expected = -(2 * (2 / 11) * Math.log2(2 / 11) + 7 * (1 / 11) * Math.log2(1 / 11));
    expect(Number(row?.entropy)).toBeCloseTo(3.095795, 6);
    expect(Number(row?.entropy)).toBeCloseTo(expected, 12);
  });

  it("gives 0 for one repeated character", () => {
    expect(runQuery("shannonEntropy(f)", [{ f: "aaaa" }])[0]?._shannonentropy).toBe("0");
  });

  it("gives 1 bit for two equally common characters", () => {
    expect(runQuery("shannonEntropy(f)", [{ f: "abab" }])[0]?._shannonentropy).toBe("1");
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery("shannonEntropy(f)", [{}])).toEqual([{}]);
  });
});
