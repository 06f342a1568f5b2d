import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("defineTable", () => {
  const events = [
    { kind: "login", user: "alice", host: "h1" },
    { kind: "login", user: "bob", host: "h2" },
    { kind: "alert", host: "h2", rule: "R1" },
    { kind: "alert", host: "h3", rule: "R2" },
  ];

  it("feeds match() with its result", () => {
    const query = 'defineTable(query={kind=login}, name="logins", include=[host, user]) | kind=alert | match(table=logins, field=host)';
    expect(runQuery(query, events)).toEqual([{ kind: "alert", host: "h2", rule: "R1", user: "bob" }]);
  });

  it("feeds readFile() with its result", () => {
    const query = 'defineTable(query={kind=alert | groupBy(host)}, name="hosts", include=["*"]) | readFile(hosts)';
    expect(runQuery(query, events)).toEqual([
      { host: "h2", _count: "1" },
      { host: "h3", _count: "1" },
    ]);
  });

  it("keeps only included fields", () => {
    const query = 'defineTable(query={kind=alert}, name="t", include=[rule]) | readFile(t)';
    expect(runQuery(query, events)).toEqual([{ rule: "R1" }, { rule: "R2" }]);
  });

  it("passes the main events unchanged", () => {
    const query = 'defineTable(query={kind=alert}, name="t", include=[rule]) | count()';
    expect(runQuery(query, events)).toEqual([{ _count: "4" }]);
  });

  it("defines several tables", () => {
    const query =
      'defineTable(query={kind=login}, name="a", include=[host, user]) | defineTable(query={kind=alert}, name="b", include=[host, rule]) | readFile([a, b])';
    expect(runQuery(query, events).length).toBe(4);
  });

  it("requires include", () => {
    expect(errorOf(() => runQuery('defineTable(query={x=1}, name="t")', [])).message).toMatch(/^missing required argument include/);
  });
});

describe("defineTable window", () => {
  it("accepts end=now", () => {
    const events = [
      { "@timestamp": "1000", kind: "login", user: "old" },
      { "@timestamp": "90000000", kind: "login", user: "new" },
    ];
    // start=1d counts back from the query's end (100,000,000), so only the 90,000,000 login is in the table.
    const query = 'defineTable(query={kind=login}, name="t", include=[user], start=1d, end=now) | readFile(t)';
    expect(runQuery(query, events, { end: 100_000_000 })).toEqual([{ user: "new" }]);
  });

  it("allows free text after it", () => {
    const query = 'defineTable(query={kind=login}, name="t", include=[user]) | "login"';
    expect(runQuery(query, [{ kind: "login" }, { kind: "alert" }])).toEqual([{ kind: "login" }]);
  });
});
