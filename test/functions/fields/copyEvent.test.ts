import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("copyEvent", () => {
  it("passes the event and a copy with the new #type", () => {
    // functions-copyevent: copyEvent("arrivaltime") lets the next step see both events.
    expect(runQuery('copyEvent("arrivaltime")', [{ a: "1", "#type": "kv" }])).toEqual([
      { a: "1", "#type": "kv" },
      { a: "1", "#type": "arrivaltime" },
    ]);
  });

  it("lets a case tell the copies apart", () => {
    const query = 'copyEvent("copy") | case { #type=copy | marked := "yes"; * }';
    expect(runQuery(query, [{ a: "1" }])).toEqual([{ a: "1" }, { a: "1", "#type": "copy", marked: "yes" }]);
  });

  it("needs a type", () => {
    expect(errorOf(() => runQuery("copyEvent()", [])).message).toMatch(/missing required argument type/);
  });
});
