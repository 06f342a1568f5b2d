import { describe, expect, it } from "vitest";
import { compile, CqlQueryError } from "../../src/index.js";

// syntax-filters: free-text filters may only stand before the first aggregate; syntax-conditional:
// a `*` branch of case keeps every event, which is not a text search.
describe("free text after an aggregate", () => {
  it("rejects a bare word", () => {
    expect(() => compile("groupBy(x) | error")).toThrow(CqlQueryError);
  });

  it("rejects a quoted star", () => {
    expect(() => compile('groupBy(x) | "*"')).toThrow(CqlQueryError);
  });

  it("accepts a case default branch", () => {
    const query = compile('groupBy(x) | case { _count > 1 | size := "many" ; * }');
    const { events } = query.run([{ x: "a" }, { x: "a" }, { x: "b" }]);
    expect(events).toEqual([
      { x: "a", _count: "2", size: "many" },
      { x: "b", _count: "1" },
    ]);
  });
});
