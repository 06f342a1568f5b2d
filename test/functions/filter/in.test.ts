import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const events = [{ s: "404" }, { s: "500" }, { s: "200" }, { other: "x" }, { s: "Error" }];

describe("in", () => {
  it("keeps events whose field equals a value", () => {
    expect(runQuery('in(s, values=["404", "500"])', events)).toEqual([{ s: "404" }, { s: "500" }]);
  });

  it("reads * as a wildcard", () => {
    expect(runQuery('in(s, values=["4*", "*00"])', events)).toEqual([{ s: "404" }, { s: "500" }, { s: "200" }]);
  });

  it("is case-sensitive unless ignoreCase", () => {
    expect(runQuery("in(s, values=[error])", events)).toEqual([]);
    expect(runQuery("in(s, values=[error], ignoreCase=true)", events)).toEqual([{ s: "Error" }]);
  });

  it("keeps events without the field under negation", () => {
    expect(runQuery('!in(s, values=["404", "500", "200"])', events)).toEqual([{ other: "x" }, { s: "Error" }]);
  });

  it("takes the field from =~", () => {
    expect(runQuery('s =~ in(values=["200"])', events)).toEqual([{ s: "200" }]);
  });
});
