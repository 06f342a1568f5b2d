import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("default", () => {
  it("sets missing fields only", () => {
    // functions-default: default(field=[minutes, seconds, hours], 0).
    expect(runQuery("default(field=[minutes, seconds, hours], 0)", [{ minutes: "5", seconds: "" }])).toEqual([
      { minutes: "5", seconds: "", hours: "0" },
    ]);
  });

  it("replaces empty values with replaceEmpty=true", () => {
    expect(runQuery('default(field=s, value="none", replaceEmpty=true)', [{ s: "" }])).toEqual([{ s: "none" }]);
  });

  it("takes the field from =~", () => {
    expect(runQuery("minutes =~ default(0)", [{}])).toEqual([{ minutes: "0" }]);
  });
});
