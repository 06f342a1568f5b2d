import { describe, expect, it } from "vitest";
import { runQuery, runWithWarnings } from "../helpers.js";

describe("regex", () => {
  it("reads @rawstring by default and extracts named groups", () => {
    const rows = runQuery('regex("user=(?<user>\\\\w+)")', [{ "@rawstring": "user=alice x" }, { "@rawstring": "nobody" }]);
    expect(rows).toEqual([{ "@rawstring": "user=alice x", user: "alice" }]);
  });

  it("reads another field", () => {
    expect(runQuery('regex("^(?<d>\\\\d+)", field=msg)', [{ msg: "42 apples" }])).toEqual([{ msg: "42 apples", d: "42" }]);
  });

  it("passes non-matching events with strict=false", () => {
    expect(runQuery('regex("x(?<y>.)", strict=false)', [{ "@rawstring": "abc" }])).toEqual([{ "@rawstring": "abc" }]);
  });

  it("emits one event per match with repeat=true", () => {
    // syntax-fields: value=bar1 valueExtra=bar2 value=bar3 gives bar1, bar2 and bar3.
    const rows = runQuery('regex("value[^=]*=(?<someBar>\\\\S+)", repeat=true)', [{ "@rawstring": "type=foo value=bar1 valueExtra=bar2 value=bar3" }]);
    expect(rows.map((row) => row.someBar)).toEqual(["bar1", "bar2", "bar3"]);
  });

  it("warns at the default limit but not at a given one", () => {
    const text = { "@rawstring": "a".repeat(150) };
    const byDefault = runWithWarnings('regex("(?<c>a)", repeat=true)', [text]);
    expect(byDefault.events).toHaveLength(100);
    expect(byDefault.warnings).toHaveLength(1);

    const given = runWithWarnings('regex("(?<c>a)", repeat=true, limit=10)', [text]);
    expect(given.events).toHaveLength(10);
    expect(given.warnings).toEqual([]);
  });

  it("applies flags", () => {
    expect(runQuery('regex("ERROR", flags="i")', [{ "@rawstring": "an error" }])).toHaveLength(1);
  });

  it("uses multi-line mode by default", () => {
    // The parameter table of functions-regex gives m as the default flag.
    expect(runQuery('regex("^b$")', [{ "@rawstring": "a\nb\nc" }])).toHaveLength(1);
  });

  it("rejects the g flag", () => {
    expect(() => runQuery('regex("x", flags="g")', [])).toThrow(/repeat=true/);
  });

  it("is negatable", () => {
    expect(runQuery('!regex("a")', [{ "@rawstring": "abc" }, { "@rawstring": "xyz" }, { other: "a" }])).toEqual([{ "@rawstring": "xyz" }, { other: "a" }]);
  });
});
