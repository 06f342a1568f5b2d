import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("stats", () => {
  it("runs count() by default", () => {
    expect(runQuery("stats()", [{}, {}])).toEqual([{ _count: "2" }]);
  });

  it("emits one row over no events", () => {
    expect(runQuery("stats(count())", [])).toEqual([{ _count: "0" }]);
  });

  it("is the meaning of a [...] step", () => {
    expect(runQuery("[n := count(), c := count(x)]", [{ x: "1" }, {}])).toEqual([{ n: "2", c: "1" }]);
  });

  it("counts an aggregate without rows as an empty row", () => {
    expect(runQuery("[count(), collect(missing)]", [{}])).toEqual([{ _count: "1" }]);
  });
});
