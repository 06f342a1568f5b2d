import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("split", () => {
  it("emits one event per element with _index and a unique @id", () => {
    // functions-split: @id=1 with a=[1,2,3] gives @id 1__0, 1__1, 1__2.
    expect(runQuery("split(a)", [{ "@id": "1", a: [1, 2, 3] }])).toEqual([
      { "@id": "1__0", _index: "0", a: "1" },
      { "@id": "1__1", _index: "1", a: "2" },
      { "@id": "1__2", _index: "2", a: "3" },
    ]);
  });

  it("keeps the other fields and renames object elements", () => {
    const rows = runQuery("split(commits)", [{ type: "PushEvent", commits: [{ author: "a" }, { author: "b" }] }]);
    expect(rows).toEqual([
      { type: "PushEvent", "commits.author": "a", _index: "0" },
      { type: "PushEvent", "commits.author": "b", _index: "1" },
    ]);
  });

  it("strips the array name with strip=true", () => {
    expect(runQuery("split(a, strip=true)", [{ a: [{ b: 1, c: 2 }, { b: 3 }] }])).toEqual([
      { b: "1", c: "2", _index: "0" },
      { b: "3", _index: "1" },
    ]);
  });

  it("splits _events by default", () => {
    expect(runQuery("split()", [{ _events: [{ x: "1" }, { x: "2" }] }]).map((row) => row["_events.x"])).toEqual(["1", "2"]);
  });

  it("passes events without the array unchanged", () => {
    expect(runQuery("split(a)", [{ b: "1" }])).toEqual([{ b: "1" }]);
  });
});
