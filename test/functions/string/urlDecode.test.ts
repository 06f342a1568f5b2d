import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("urlDecode", () => {
  it("decodes percent escapes and plus signs", () => {
    // %E2%82%AC is the UTF-8 encoding of €.
    expect(runQuery("urlDecode(u)", [{ u: "a%20b+c%E2%82%AC" }])[0]?._urldecode).toBe("a b c€");
  });

  it("reverses the docs urlEncode example", () => {
    expect(runQuery("urlDecode(u, as=u)", [{ u: "https%3A%2F%2Fwww.example.com" }])).toEqual([{ u: "https://www.example.com" }]);
  });

  it("writes nothing for a broken escape", () => {
    expect(runQuery("urlDecode(u)", [{ u: "100%zz" }, { u: "trailing%" }])).toEqual([{ u: "100%zz" }, { u: "trailing%" }]);
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery("urlDecode(u)", [{}])).toEqual([{}]);
  });
});
