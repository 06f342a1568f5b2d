import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("length", () => {
  it("counts UTF-16 code units", () => {
    // functions-text-length: the Danish flag is 4 code units for length().
    expect(runQuery("length(s)", [{ s: "🇩🇰" }, { s: "" }])).toEqual([
      { s: "🇩🇰", _length: "4" },
      { s: "", _length: "0" },
    ]);
  });
});
