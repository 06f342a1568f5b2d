import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("tokenHash", () => {
  it("ignores the order of tokens", () => {
    // functions-tokenhash: the hash is the same however the tokens are ordered.
    const [row] = runQuery("a := tokenHash(x) | b := tokenHash(y)", [{ x: "foo bar baz", y: "baz  foo bar" }]);
    expect(row?.a).toBe(row?.b);
  });

  it("differs for different tokens", () => {
    const [row] = runQuery("a := tokenHash(x) | b := tokenHash(y)", [{ x: "foo bar", y: "foo baz" }]);
    expect(row?.a).not.toBe(row?.b);
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery("tokenHash(x)", [{}])).toEqual([{}]);
  });
});
