import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("select", () => {
  it("keeps only the listed fields", () => {
    expect(runQuery("select([a, c])", [{ a: "1", b: "2", c: "3" }, { b: "x" }])).toEqual([{ a: "1", c: "3" }, {}]);
  });
});
