import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const now = 1733310508872;

describe("createEvents", () => {
  it("emits one event per raw string at the run's now", () => {
    // functions-createevents example 1.
    expect(runQuery('createEvents(["animal=dog weight=7.0", "animal=cat weight=4.2"])', [], { now })).toEqual([
      { "@rawstring": "animal=dog weight=7.0", "@timestamp": String(now), "@timestamp.nanos": "0" },
      { "@rawstring": "animal=cat weight=4.2", "@timestamp": String(now), "@timestamp.nanos": "0" },
    ]);
  });

  it("discards the input events", () => {
    expect(runQuery('createEvents("only")', [{ a: "1" }, { a: "2" }], { now })).toHaveLength(1);
  });

  it("feeds later steps", () => {
    // functions-createevents example "Perform a Free-Text Search in Rawstring".
    expect(runQuery('createEvents(["foobar", "baz"]) | @rawstring="*foo*"', [], { now })).toEqual([
      { "@rawstring": "foobar", "@timestamp": String(now), "@timestamp.nanos": "0" },
    ]);
  });

  it("rejects an empty list", () => {
    expect(errorOf(() => runQuery("createEvents([])", [])).message).toMatch(/invalid value for rawstring/);
  });
});
