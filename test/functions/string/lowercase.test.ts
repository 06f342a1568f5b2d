import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("lowercase", () => {
  it("lower-cases values in place", () => {
    // functions-lowercase: Bar=CONTENTS gives contents in Bar.
    expect(runQuery('lowercase("Bar")', [{ Bar: "CONTENTS" }])).toEqual([{ Bar: "contents" }]);
  });

  it("copies names with include=fields", () => {
    // functions-lowercase: BAR=CONTENTS gives CONTENTS in bar, and BAR stays.
    expect(runQuery('lowercase("BaR", include="fields")', [{ BAR: "CONTENTS" }])).toEqual([{ BAR: "CONTENTS", bar: "CONTENTS" }]);
  });

  it("lower-cases names and values with both", () => {
    expect(runQuery('lowercase(field=["foo", "bar"], include="both")', [{ BAR: "CONTENTS" }])).toEqual([{ BAR: "CONTENTS", bar: "contents" }]);
  });

  it("keeps only the lower-cased fields with *", () => {
    expect(runQuery('lowercase("*", include="both")', [{ BAR: "X", Foo: "Y" }])).toEqual([{ bar: "x", foo: "y" }]);
  });

  it("leaves missing fields alone", () => {
    expect(runQuery("lowercase(a)", [{ b: "B" }])).toEqual([{ b: "B" }]);
  });

  it("rejects an unknown include value", () => {
    expect(errorOf(() => runQuery('lowercase(a, include="names")', [])).message).toMatch(/"names" is not one of/);
  });
});
