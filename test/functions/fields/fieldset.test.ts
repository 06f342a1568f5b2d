import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("fieldset", () => {
  it("lists each field name once, descending", () => {
    // functions-fieldset lists @timezone ... #humioBackfill: descending by character code.
    const rows = runQuery("fieldset()", [{ "@host": "h", "#type": "t" }, { "@host": "i", "@timestamp": "1" }]);
    expect(rows).toEqual([{ field: "@timestamp" }, { field: "@host" }, { field: "#type" }]);
  });

  it("sees only the fields an aggregate leaves", () => {
    // functions-fieldset: groupBy([#type, @host]) | fieldset() lists _count, @host, #type.
    const rows = runQuery("groupBy([#type, @host]) | fieldset()", [{ "#type": "t", "@host": "h", other: "x" }]);
    expect(rows).toEqual([{ field: "_count" }, { field: "@host" }, { field: "#type" }]);
  });

  it("emits nothing without events", () => {
    expect(runQuery("fieldset()", [])).toEqual([]);
  });
});
