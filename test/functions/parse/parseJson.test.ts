import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("parseJson", () => {
  it("flattens objects and arrays", () => {
    const out = runQuery("parseJson()", [{ "@rawstring": '{"a":{"b":1,"c":[true,{"d":"x"}]}}' }]);
    expect(out[0]).toEqual({ "@rawstring": '{"a":{"b":1,"c":[true,{"d":"x"}]}}', "a.b": "1", "a.c[0]": "true", "a.c[1].d": "x" });
  });

  it("keeps numbers as written", () => {
    const out = runQuery("parseJson(j)", [{ j: '{"big":12345678901234567890,"f":1.50}' }]);
    expect(out[0]?.big).toBe("12345678901234567890");
    expect(out[0]?.f).toBe("1.50");
  });

  it("handles null three ways", () => {
    const json = '{"n":null}';
    expect(runQuery("parseJson(j)", [{ j: json }])[0]?.n).toBe("null");
    expect(runQuery("parseJson(j, handleNull=empty)", [{ j: json }])[0]?.n).toBe("");
    expect(runQuery("parseJson(j, handleNull=discard)", [{ j: json }])[0]?.n).toBeUndefined();
  });

  it("applies prefix, include, exclude and excludeEmpty", () => {
    const json = '{"a":{"b":1,"c":[1,2]},"d":"","e":"x"}';
    expect(runQuery('parseJson(j, prefix="p.", exclude=[a.c], excludeEmpty=true)', [{ j: json }])[0]).toEqual({ j: json, "p.a.b": "1", "p.e": "x" });
    expect(runQuery("parseJson(j, include=[a])", [{ j: json }])[0]).toEqual({ j: json, "a.b": "1", "a.c[0]": "1", "a.c[1]": "2" });
  });

  it("removes prefixes from names", () => {
    expect(runQuery('parseJson(j, removePrefixes=["detail."])', [{ j: '{"detail":{"user":"bob"}}' }])[0]?.user).toBe("bob");
  });

  it("treats __proto__ as an ordinary key", () => {
    const out = runQuery("parseJson(j)", [{ j: '{"__proto__":{"polluted":"yes"}}' }]);
    expect(out[0]?.["__proto__.polluted"]).toBe("yes");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("leaves invalid JSON and missing fields alone", () => {
    expect(runQuery("parseJson(j)", [{ j: "{not json" }, {}])).toEqual([{ j: "{not json" }, {}]);
  });

  it("rejects nesting deeper than the limit without crashing", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(runQuery("parseJson(j)", [{ j: deep }])).toEqual([{ j: deep }]);
  });
});

describe("large input", () => {
  it("parses strings of millions of characters", () => {
    const long = "x".repeat(5_000_000);
    const out = runQuery("parseJson(j) | kvParse(k) | parseCsv(c, columns=[a])", [{ j: JSON.stringify({ s: long }), k: `v="${long}"`, c: `"${long}"` }]);
    expect(out[0]?.s).toHaveLength(5_000_000);
    expect(out[0]?.v).toHaveLength(5_000_000);
    expect(out[0]?.a).toHaveLength(5_000_000);
  });
});
