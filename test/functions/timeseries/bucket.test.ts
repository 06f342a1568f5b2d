import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const MINUTE = 60_000;

describe("bucket", () => {
  it("groups by bucket and fields", () => {
    const events = [
      { "@timestamp": "0", user: "u1", action: "login" },
      { "@timestamp": "1", user: "u1", action: "login" },
      { "@timestamp": String(MINUTE), user: "u2", action: "logout" },
    ];
    expect(runQuery("bucket(span=1m, field=[user, action])", events, { start: 0, end: 2 * MINUTE })).toEqual([
      { _bucket: "0", user: "u1", action: "login", _count: "2" },
      { _bucket: "0", user: "u2", action: "logout", _count: "0" },
      { _bucket: String(MINUTE), user: "u1", action: "login", _count: "0" },
      { _bucket: String(MINUTE), user: "u2", action: "logout", _count: "1" },
    ]);
  });

  it("takes span as its unnamed argument", () => {
    expect(runQuery("bucket(1m)", [{ "@timestamp": "5" }])).toEqual([{ _bucket: "0", _count: "1" }]);
  });

  it("runs several aggregates per bucket", () => {
    const events = [{ "@timestamp": "0", host: "a" }, { "@timestamp": "1", host: "b" }];
    expect(runQuery("bucket(span=1m, function=[count(as=events), count(host, distinct=true, as=hosts)])", events)).toEqual([
      { _bucket: "0", events: "2", hosts: "2" },
    ]);
  });
});
