import { describe, expect, it } from "vitest";
import { runQuery, runWithWarnings } from "../helpers.js";

describe("collect", () => {
  const events = [{ a: "x", b: "1" }, { a: "y" }, { a: "x", b: "2" }];

  it("joins distinct values in first-seen order with a newline", () => {
    expect(runQuery("collect([a, b])", events)).toEqual([{ a: "x\ny", b: "1\n2" }]);
  });

  it("uses the separator", () => {
    expect(runQuery('collect(a, separator=", ")', events)).toEqual([{ a: "x, y" }]);
  });

  it("leaves out a field no event had", () => {
    expect(runQuery("collect([a, missing])", events)).toEqual([{ a: "x\ny" }]);
  });

  it("emits no row when no event had any field", () => {
    expect(runQuery("collect(missing)", events)).toEqual([]);
  });

  it("emits one row per value with multival=false", () => {
    expect(runQuery("collect(a, multival=false)", events)).toEqual([{ a: "x" }, { a: "y" }]);
  });

  it("keeps the first limit distinct values and warns", () => {
    const { events: rows, warnings } = runWithWarnings("collect(a, limit=1)", events);
    expect(rows).toEqual([{ a: "x" }]);
    expect(warnings).toEqual(["collect() kept the first 1 distinct values of a and dropped the rest; raise limit= to keep more"]);
  });

  it("rejects a limit below 1", () => {
    expect(() => runQuery("collect(a, limit=0)", [])).toThrow(/from 1 to/);
  });
});
