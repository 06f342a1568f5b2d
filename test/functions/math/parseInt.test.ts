import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("parseInt", () => {
  it("reads hexadecimal in both byte orders", () => {
    // functions-parseint: 8001 is (1·256)+128 = 384 in little endian, (128·256)+1 = 32769 in big.
    const query = 'parseInt(hexval, as="little", radix="16", endian="little") | parseInt(hexval, as="big", radix="16", endian="big")';
    expect(runQuery(query, [{ hexval: "8001" }])).toEqual([{ hexval: "8001", little: "384", big: "32769" }]);
  });

  it("reads binary", () => {
    // functions-parseint: 00011001 is 16+8+1 = 25.
    expect(runQuery('parseInt(bitval, as="flags", radix="2")', [{ bitval: "00011001" }])[0]?.flags).toBe("25");
  });

  it("converts in place with radix 16 by default", () => {
    // FF is 255; the 0x and 16# prefixes are accepted.
    expect(runQuery("parseInt(h)", [{ h: "FF" }, { h: "0xff" }, { h: "16#ff" }]).map((row) => row.h)).toEqual(["255", "255", "255"]);
  });

  it("keeps 64-bit values exact", () => {
    expect(runQuery("parseInt(h)", [{ h: "ffffffffffffffff" }])[0]?.h).toBe("18446744073709551615");
  });

  it("keeps leading zero pairs in little endian", () => {
    // 0080 read last pair first is 0x8000 = 32768.
    expect(runQuery("parseInt(h, endian=little)", [{ h: "0080" }])[0]?.h).toBe("32768");
  });

  it("leaves values above 64 bits alone", () => {
    // 2^64 is 1 followed by 16 hex zeros.
    expect(runQuery("parseInt(h)", [{ h: "10000000000000000" }])[0]?.h).toBe("10000000000000000");
  });

  it("leaves invalid digits alone", () => {
    expect(runQuery("parseInt(b, radix=2)", [{ b: "012" }, {}])).toEqual([{ b: "012" }, {}]);
  });

  it("rejects a radix above 36", () => {
    expect(errorOf(() => runQuery("parseInt(h, radix=37)", [])).message).toMatch(/37 is above the maximum 36/);
  });
});
