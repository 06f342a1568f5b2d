import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("math:arctan2", () => {
  it("gives the angle of the point (x, y)", () => {
    // (0, 1) lies on the positive y axis: π/2; (-1, 0) on the negative x axis: π.
    expect(runQuery("math:arctan2(x=a, y=b)", [{ a: "0", b: "1" }])[0]?._arctan2).toBe(String(Math.PI / 2));
    expect(runQuery("math:arctan2(x=a, y=b)", [{ a: "-1", b: "0" }])[0]?._arctan2).toBe(String(Math.PI));
  });

  it("writes nothing when a coordinate is missing", () => {
    expect(runQuery("math:arctan2(x=a, y=b)", [{ a: "1" }])).toEqual([{ a: "1" }]);
  });
});
