import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("crypto digests", () => {
  it("hash the joined values of several fields", () => {
    // functions-crypto-md5: crypto:md5([a,b,c]) hashes the concatenation; MD5("abc") is the RFC 1321 test value.
    expect(runQuery("crypto:md5([a, b, c])", [{ a: "a", b: "b", c: "c" }])[0]?._md5).toBe("900150983cd24fb0d6963f7d28e17f72");
  });

  it("compute SHA-1 and SHA-256", () => {
    // FIPS 180 test vectors for "abc".
    const [row] = runQuery("crypto:sha1(s) | crypto:sha256(s)", [{ s: "abc" }]);
    expect(row?._sha1).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(row?._sha256).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("count a missing field as empty", () => {
    // functions-crypto-md5: a missing field is the empty string, so [a, missing] hashes "a".
    const [row] = runQuery("x := crypto:md5([a, missing]) | y := crypto:md5(a)", [{ a: "a" }]);
    expect(row?.x).toBe(row?.y);
  });

  it("hash the UTF-8 bytes", () => {
    // SHA-1 of "€" (E2 82 AC), computed with sha1sum.
    expect(runQuery("crypto:sha1(s)", [{ s: "€" }])[0]?._sha1).toBe("83fc867a6ea7bf1ca105aec9a1b81234e0aec40e");
  });
});
