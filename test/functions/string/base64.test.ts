import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("base64Decode", () => {
  it("decodes UTF-8 by default", () => {
    expect(runQuery("decoded := base64Decode(encoded)", [{ encoded: "aGVsbG8=" }])[0]?.decoded).toBe("hello");
  });

  it("decodes UTF-16LE", () => {
    // "This" in UTF-16LE is 54 00 68 00 69 00 73 00.
    expect(runQuery('base64Decode(e, charset="UTF-16LE")', [{ e: "VABoAGkAcwA=" }])[0]?._base64Decode).toBe("This");
  });

  it("ignores characters outside the alphabet", () => {
    // functions-base64decode: such characters are ignored, so the newline does not matter.
    expect(runQuery("base64Decode(e)", [{ e: "aGVs\nbG8" }])[0]?._base64Decode).toBe("hello");
  });

  it("writes nothing for an invalid encoding", () => {
    // Five Base64 characters leave one dangling character; data after = padding is invalid too.
    expect(runQuery("base64Decode(e)", [{ e: "abcde" }, { e: "aGk=aGk=" }])).toEqual([{ e: "abcde" }, { e: "aGk=aGk=" }]);
  });

  it("rejects an unknown charset", () => {
    expect(errorOf(() => runQuery('base64Decode(e, charset="EBCDIC")', [])).message).toMatch(/"EBCDIC" is not one of/);
  });
});

describe("base64Encode", () => {
  it("encodes with padding", () => {
    expect(runQuery("base64Encode(p)", [{ p: "hello" }])[0]?._base64Encode).toBe("aGVsbG8=");
  });

  it("round-trips as the docs suggest", () => {
    // functions-base64decode: base64Encode(a, as=a) | base64Decode(field=a, as=a).
    expect(runQuery("base64Encode(a, as=a) | base64Decode(field=a, as=a)", [{ a: "Grüße" }])).toEqual([{ a: "Grüße" }]);
  });

  it("encodes UTF-16LE bytes", () => {
    expect(runQuery('base64Encode(p, charset="UTF-16LE")', [{ p: "This" }])[0]?._base64Encode).toBe("VABoAGkAcwA=");
  });
});
