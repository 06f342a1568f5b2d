import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("coalesce", () => {
  it("takes the first candidate with a value", () => {
    // functions-coalesce: coalesce([host, hostname, "unknown"]) falls back to the literal.
    const rows = runQuery('x := coalesce([host, hostname, "unknown"])', [{ host: "a", hostname: "b" }, { hostname: "b" }, {}]);
    expect(rows.map((row) => row.x)).toEqual(["a", "b", "unknown"]);
  });

  it("skips empty values by default", () => {
    expect(runQuery("coalesce([a, b])", [{ a: "", b: "x" }])).toEqual([{ a: "", b: "x", _coalesce: "x" }]);
  });

  it("keeps empty values with ignoreEmpty=false", () => {
    expect(runQuery("coalesce([a, b], ignoreEmpty=false)", [{ a: "", b: "x" }])).toEqual([{ a: "", b: "x", _coalesce: "" }]);
  });

  it("writes nothing when no candidate has a value", () => {
    expect(runQuery("coalesce([a, b])", [{ c: "1" }])).toEqual([{ c: "1" }]);
  });

  it("accepts expressions as candidates", () => {
    expect(runQuery("coalesce([a * 2, b])", [{ a: "x", b: "fallback" }, { a: "3" }])).toEqual([
      { a: "x", b: "fallback", _coalesce: "fallback" },
      { a: "3", _coalesce: "6" },
    ]);
  });

  it("rejects a non-boolean ignoreEmpty", () => {
    expect(errorOf(() => runQuery("coalesce([a], ignoreEmpty=maybe)", [])).message).toMatch(/invalid value for ignoreEmpty/);
  });
});
