import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";

describe("fieldstats", () => {
  it("counts events and distinct values per field", () => {
    const events = [{ a: "1", b: "x" }, { a: "1" }, { a: "2", b: "x" }];
    expect(runQuery("fieldstats()", events)).toEqual([
      { field: "a", _count: "3", distinct: "2" },
      { field: "b", _count: "2", distinct: "1" },
    ]);
  });

  it("lists a field once per #type", () => {
    const events = [
      { "#type": "syslog", host: "h1" },
      { "#type": "json", host: "h1" },
      { "#type": "json", host: "h2" },
    ];
    expect(runQuery("fieldstats() | field=host", events)).toEqual([
      { "#type": "syslog", field: "host", _count: "1", distinct: "1" },
      { "#type": "json", field: "host", _count: "2", distinct: "2" },
    ]);
  });

  it("reports at most limit fields and warns", () => {
    const { events, warnings } = runWithWarnings("fieldstats(limit=1)", [{ a: "1", b: "2" }]);
    expect(events).toEqual([{ field: "a", _count: "1", distinct: "1" }]);
    expect(warnings).toEqual(["fieldstats() reports at most 1 fields; raise limit= to see more"]);
  });

  it("rejects a limit above 10,000", () => {
    expect(errorOf(() => runQuery("fieldstats(limit=10001)", [])).message).toMatch(/from 1 to 10,000/);
  });
});
