import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("concat", () => {
  it("joins field values without a separator", () => {
    expect(runQuery('concat([f1, f2], as="combined")', [{ f1: "a", f2: "b" }])).toEqual([{ f1: "a", f2: "b", combined: "ab" }]);
  });

  it("skips missing fields", () => {
    expect(runQuery("concat([f1, f2])", [{ f2: "b" }, {}])).toEqual([{ f2: "b", _concat: "b" }, {}]);
  });
});
