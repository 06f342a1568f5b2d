import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("lower and upper", () => {
  it("write to _lower and _upper by default", () => {
    expect(runQuery("lower(s) | upper(s)", [{ s: "MiXed" }])).toEqual([{ s: "MiXed", _lower: "mixed", _upper: "MIXED" }]);
  });

  it("write to as", () => {
    expect(runQuery("s := lower(s)", [{ s: "ABC" }])).toEqual([{ s: "abc" }]);
  });

  it("use the locale", () => {
    // Turkish maps I to dotless ı.
    expect(runQuery("lower(s, locale=tr_TR)", [{ s: "I" }])).toEqual([{ s: "I", _lower: "ı" }]);
  });

  it("reject an invalid locale", () => {
    expect(() => runQuery("lower(s, locale=\"e_1\")", [])).toThrow(/invalid locale/);
  });

  it("skip events without the field", () => {
    expect(runQuery("upper(s)", [{ t: "x" }])).toEqual([{ t: "x" }]);
  });
});
