import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const at = (time: number, fields: Record<string, string>) => ({ "@timestamp": String(time), ...fields });

describe("series", () => {
  it("joins values in time order with start time and duration", () => {
    // functions-series: one event with @timestamp of the first event, _duration, and the values.
    const events = [at(1000, { method: "GET" }), at(1500, { method: "POST" }), at(1200, { method: "GET" }), at(2245, { method: "DELETE" })];
    expect(runQuery('series([method], separator=";")', events)).toEqual([{ "@timestamp": "1000", _duration: "1245", method: "GET;GET;POST;DELETE" }]);
  });

  it("joins with a newline by default and keeps duplicates", () => {
    expect(runQuery("series(m)", [at(1, { m: "a" }), at(2, { m: "a" })])).toEqual([{ "@timestamp": "1", _duration: "1", m: "a\na" }]);
  });

  it("starts a new series after a long pause", () => {
    const events = [at(0, { m: "a" }), at(60_000, { m: "b" }), at(400_000, { m: "c" })];
    expect(runQuery("series([m], maxpause=5min)", events)).toEqual([
      { "@timestamp": "0", _duration: "60000", m: "a\nb" },
      { "@timestamp": "400000", _duration: "0", m: "c" },
    ]);
  });

  it("limits the span with maxduration", () => {
    const events = [at(0, { m: "a" }), at(1000, { m: "b" }), at(2500, { m: "c" })];
    expect(runQuery("series([m], maxduration=2s)", events)).toEqual([
      { "@timestamp": "0", _duration: "1000", m: "a\nb" },
      { "@timestamp": "2500", _duration: "0", m: "c" },
    ]);
  });

  it("starts series at startmatch and drops events before a start", () => {
    const events = [at(1, { m: "noise" }), at(2, { m: "Login attempt" }), at(3, { m: "x" }), at(4, { m: "Login attempt" })];
    expect(runQuery('series(collect=[m], startmatch={ m=/Login attempt/ }, separator="|")', events)).toEqual([
      { "@timestamp": "2", _duration: "1", m: "Login attempt|x" },
      { "@timestamp": "4", _duration: "0", m: "Login attempt" },
    ]);
  });

  it("ends series at endmatch and keeps a series without an end", () => {
    const events = [at(1, { m: "a" }), at(2, { m: "Failed Login" }), at(3, { m: "b" })];
    expect(runQuery('series(collect=[m], endmatch={ m=/Failed Login/ }, separator="|")', events)).toEqual([
      { "@timestamp": "1", _duration: "1", m: "a|Failed Login" },
      { "@timestamp": "3", _duration: "0", m: "b" },
    ]);
  });

  it("runs per group", () => {
    const events = [at(1, { ip: "a", url: "/x" }), at(2, { ip: "b", url: "/y" }), at(3, { ip: "a", url: "/z" })];
    expect(runQuery("groupBy(ip, function=series(collect=[url], memlimit=1KB))", events)).toEqual([
      { ip: "a", "@timestamp": "1", _duration: "2", url: "/x\n/z" },
      { ip: "b", "@timestamp": "2", _duration: "0", url: "/y" },
    ]);
  });

  it("leaves out fields no event had", () => {
    expect(runQuery("series([a, b])", [at(1, { a: "x" })])).toEqual([{ "@timestamp": "1", _duration: "0", a: "x" }]);
  });

  it("puts untimed events first", () => {
    // The untimed event joins the series first, and the time rules ignore it.
    const events = [at(5000, { m: "timed" }), { m: "untimed" }];
    expect(runQuery("series([m], maxpause=1s)", events)).toEqual([{ _duration: "0", m: "untimed\ntimed" }]);
  });

  it("rejects an invalid memlimit", () => {
    expect(() => runQuery("series([a], memlimit=lots)", [])).toThrow(/invalid value for memlimit/);
  });
});
