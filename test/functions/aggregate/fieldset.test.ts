import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("fieldset", () => {
  it("lists field names in descending order", () => {
    // functions-fieldset: after groupBy([#type, @host]) the names are _count, @host, #type.
    expect(runQuery("groupBy([#type,@host]) | fieldset()", [{ "#type": "accesslog", "@host": "h1", other: "x" }])).toEqual([
      { field: "_count" },
      { field: "@host" },
      { field: "#type" },
    ]);
  });

  it("lists each name once across events", () => {
    expect(runQuery("fieldset()", [{ a: "1" }, { b: "2", a: "3" }])).toEqual([{ field: "b" }, { field: "a" }]);
  });

  it("emits nothing without events", () => {
    expect(runQuery("fieldset()", [])).toEqual([]);
  });
});
