import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("eval", () => {
  it("assigns left to right", () => {
    expect(runQuery("eval(c = a + b, d = c * 2)", [{ a: "1", b: "2" }])).toEqual([{ a: "1", b: "2", c: "3", d: "6" }]);
  });

  it("creates nothing for a null result", () => {
    // functions-eval: an expression without a result creates no field and keeps the event.
    expect(runQuery("eval(c = a + b)", [{ a: "1" }])).toEqual([{ a: "1" }]);
  });

  it("keeps an existing field on a null result", () => {
    expect(runQuery("eval(r = r / 1024)", [{ r: "2048" }, { r: "n/a" }])).toEqual([{ r: "2" }, { r: "n/a" }]);
  });

  it("needs assignments", () => {
    expect(() => runQuery("eval(a == 1)", [])).toThrow(/must be an assignment/);
  });
});
