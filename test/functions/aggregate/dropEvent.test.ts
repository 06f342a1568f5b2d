import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("dropEvent", () => {
  it("drops every event", () => {
    expect(runQuery("dropEvent()", [{ a: "1" }, {}])).toEqual([]);
  });

  it("fails a case branch like false", () => {
    // functions-dropevent: in a query dropEvent() is an alias for false, so the * branch wins.
    expect(runQuery('case { fielda = badresult | dropEvent(); * }', [{ fielda: "badresult" }, { fielda: "ok" }])).toEqual([
      { fielda: "badresult" },
      { fielda: "ok" },
    ]);
  });

  it("takes no arguments", () => {
    expect(errorOf(() => runQuery("dropEvent(x)", [])).message).toMatch(/takes no unnamed argument/);
  });
});
