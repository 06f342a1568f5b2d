import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("kvParse", () => {
  it("reads plain, double-quoted and single-quoted values", () => {
    const raw = "a=1 b=\"two words\" c='x y' d=e=f, g=, h=3";
    expect(runQuery("kvParse()", [{ "@rawstring": raw }])[0]).toEqual({ "@rawstring": raw, a: "1", b: "two words", c: "x y", d: "e=f", g: "", h: "3" });
  });

  it("keeps existing fields unless override is set", () => {
    const event = { "@rawstring": "user=bob", user: "alice" };
    expect(runQuery("kvParse()", [event])[0]?.user).toBe("alice");
    expect(runQuery("kvParse(override=true)", [event])[0]?.user).toBe("bob");
  });

  it("keeps the last duplicate unless keepFirst", () => {
    const event = { "@rawstring": "x=1 x=2" };
    expect(runQuery("kvParse()", [event])[0]?.x).toBe("2");
    expect(runQuery("kvParse(onDuplicate=keepFirst)", [event])[0]?.x).toBe("1");
  });

  it("prefixes keys with as", () => {
    expect(runQuery('kvParse(as="kv.")', [{ "@rawstring": "x=1" }])[0]?.["kv.x"]).toBe("1");
  });

  it("handles padding around the separator", () => {
    const out = runQuery("kvParse(separatorPadding=yes)", [{ "@rawstring": 'x = 1 y = "z"' }]);
    expect(out[0]).toMatchObject({ x: "1", y: "z" });
    // With unknown padding, "a= b=2" gives a the empty value instead of taking b's key.
    expect(runQuery("kvParse()", [{ "@rawstring": "a= b=2" }])[0]).toMatchObject({ a: "", b: "2" });
  });

  it("uses another separator and skips empty values when asked", () => {
    expect(runQuery('kvParse(separator=":", excludeEmpty=true)', [{ "@rawstring": "user:bob, id:, n:7" }])[0]).toEqual({ "@rawstring": "user:bob, id:, n:7", user: "bob", n: "7" });
  });

  it("reads several fields and ignores missing ones", () => {
    expect(runQuery("kvParse([m1, m2])", [{ m1: "a=1", m3: "c=3" }])[0]).toEqual({ m1: "a=1", m3: "c=3", a: "1" });
  });

  it("rejects a separator longer than one character", () => {
    expect(errorOf(() => runQuery('kvParse(separator="=>")', [])).message).toMatch(/single character/);
  });
});
