import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const raw = { "@rawstring": "2007-01-01 test bar" };

describe("splitString", () => {
  it("splits a long value with a backtracking-prone separator", () => {
    // (a+)+b backtracks exponentially on a run of a's without a b in a plain RegExp. The value has
    // no b, so the separator never matches and the whole value is the only part.
    const value = "x" + "a".repeat(40) + "c";
    expect(runQuery('splitString(field=v, by="(a+)+b")', [{ v: value }])).toEqual([{ v: value, "_splitstring[0]": value }]);
  });

  it("splits into an array", () => {
    // functions-splitstring: part := splitString(field=@rawstring, by=" ").
    expect(runQuery('part := splitString(field=@rawstring, by=" ")', [raw])).toEqual([
      { ...raw, "part[0]": "2007-01-01", "part[1]": "test", "part[2]": "bar" },
    ]);
  });

  it("picks one part with index", () => {
    // functions-splitstring: index=0 gives the date; -1 is the last part.
    expect(runQuery('date := splitString(field=@rawstring, by=" ", index=0)', [raw])[0]?.date).toBe("2007-01-01");
    expect(runQuery('last := splitString(by=" ", index=-1)', [raw])[0]?.last).toBe("bar");
  });

  it("splits by a regex and drops empty parts", () => {
    // functions-splitstring: <2007-01-01>test;bar split by [<>;] gives three parts.
    const rows = runQuery('part := splitString(field=@rawstring, by="[<>;]")', [{ "@rawstring": "<2007-01-01>test;bar" }]);
    expect(rows[0]).toEqual({ "@rawstring": "<2007-01-01>test;bar", "part[0]": "2007-01-01", "part[1]": "test", "part[2]": "bar" });
  });

  it("writes nothing for an index out of range", () => {
    expect(runQuery('x := splitString(f, by=",", index=5)', [{ f: "a,b" }])).toEqual([{ f: "a,b" }]);
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery('splitString(f, by=",")', [{ g: "a,b" }])).toEqual([{ g: "a,b" }]);
  });

  it("rejects an invalid regex", () => {
    expect(errorOf(() => runQuery('splitString(f, by="(")', [])).code).toBe("CQL2011");
  });
});
