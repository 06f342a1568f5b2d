import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("drop", () => {
  it("removes the listed fields", () => {
    expect(runQuery("drop([a, missing])", [{ a: "1", b: "2" }])).toEqual([{ b: "2" }]);
  });
});
