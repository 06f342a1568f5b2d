/**
 * Free-text filters: bare words, quoted strings, wildcards and regexes as filter terms (docs
 * page syntax-filters). They search every field of the event as it entered the query, except
 * `@id`, `@timestamp`, `@ingesttimestamp` and tags, for a case-sensitive substring.
 */
import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../functions/helpers.js";

describe("free-text terms", () => {
  const events = [{ msg: "user alice logged in" }, { msg: "User Bob" }, { other: "alice" }, { msg: "nothing" }];

  it("find a bare word anywhere in any field", () => {
    expect(runQuery("alice", events)).toEqual([{ msg: "user alice logged in" }, { other: "alice" }]);
  });

  it("are case-sensitive", () => {
    expect(runQuery("user", events)).toEqual([{ msg: "user alice logged in" }]);
  });

  it("read a quoted string with spaces as one pattern", () => {
    expect(runQuery('"alice logged"', events)).toEqual([{ msg: "user alice logged in" }]);
    expect(runQuery("alice logged", events)).toEqual([{ msg: "user alice logged in" }]);
  });

  it("read * in a word as a wildcard", () => {
    expect(runQuery("al*ged", events)).toEqual([{ msg: "user alice logged in" }]);
    expect(runQuery('"U*B"', events)).toEqual([{ msg: "User Bob" }]);
  });

  it("search @rawstring like any other field", () => {
    expect(runQuery("GET", [{ "@rawstring": "GET /index.html" }, { "@rawstring": "POST /" }])).toEqual([{ "@rawstring": "GET /index.html" }]);
  });

  it("quote a reserved function name", () => {
    // syntax-grammar-guide: a bare count is a function name, "count" is free text.
    expect(runQuery('"count"', [{ m: "row count 3" }, { m: "none" }])).toEqual([{ m: "row count 3" }]);
  });

  it("match every event with a lone *", () => {
    expect(runQuery("*", [{ a: "1" }, {}])).toEqual([{ a: "1" }, {}]);
  });
});

describe("fields free text skips", () => {
  it("leaves out @id, @timestamp, @ingesttimestamp and tags", () => {
    const events = [
      { "@id": "abc123" },
      { "@timestamp": "1700000000000" },
      { "@ingesttimestamp": "1700000000000" },
      { "#type": "abc123" },
      { "@rawstring": "abc123 1700000000000" },
    ];
    expect(runQuery("abc123", events)).toEqual([{ "@rawstring": "abc123 1700000000000" }]);
    expect(runQuery("1700000000000", events)).toEqual([{ "@rawstring": "abc123 1700000000000" }]);
  });
});

describe("free text and earlier steps", () => {
  it("sees fields as they were at the start of the query", () => {
    const events = [{ animal: "horse" }, { animal: "duck" }];
    // The assignment changes every animal to cat, but free text still sees the input.
    expect(runQuery('animal := "cat" | horse', events)).toEqual([{ animal: "cat" }]);
  });

  it("ignores fields that earlier steps added", () => {
    expect(runQuery('note := "zebra" | zebra', [{ animal: "horse" }])).toEqual([]);
  });

  it("still sees fields that earlier steps removed", () => {
    expect(runQuery("drop(animal) | horse", [{ animal: "horse" }])).toEqual([{}]);
  });

  it("is rejected after the first aggregate", () => {
    for (const query of ["count() | foo", 'groupBy(a) | "foo"', "count() | /foo/", "head(1) | foo*"]) {
      const error = errorOf(() => runQuery(query, []));
      expect(error.message).toMatch(/free-text search is only allowed before the first aggregate/);
    }
  });

  it("is allowed before the first aggregate", () => {
    expect(runQuery("alice | count()", [{ m: "alice" }, { m: "bob" }])).toEqual([{ _count: "1" }]);
  });
});

describe("free-text regex", () => {
  it("searches every field, not only @rawstring", () => {
    // syntax-filters: /regex/ as a filter term searches all fields like other free text.
    expect(runQuery("/err(or)?/", [{ level: "error" }, { "@rawstring": "err" }, { level: "warn" }])).toEqual([{ level: "error" }, { "@rawstring": "err" }]);
  });

  it("honours its flags", () => {
    expect(runQuery("/needle/i", [{ m: "a NEEDLE" }, { m: "hay" }])).toEqual([{ m: "a NEEDLE" }]);
  });

  it("extracts named groups and drops events without a match", () => {
    const events = [{ "@rawstring": "user with id alice logged in" }, { "@rawstring": "user bob logged out" }];
    expect(runQuery("/user with id (?<id>\\S+) logged in/", events)).toEqual([{ "@rawstring": "user with id alice logged in", id: "alice" }]);
  });

  it("prefers @rawstring when several fields match", () => {
    const events = [{ first: "id=7", "@rawstring": "id=9" }];
    expect(runQuery("/id=(?<id>\\d)/", events)).toEqual([{ first: "id=7", "@rawstring": "id=9", id: "9" }]);
  });
});

describe("missing fields and negation", () => {
  const events = [{ msg: "alice" }, { msg: "bob" }, {}];

  it("fails on an event without fields", () => {
    expect(runQuery("alice", [{}])).toEqual([]);
  });

  it("keeps every event the term drops under not and !", () => {
    expect(runQuery("not alice", events)).toEqual([{ msg: "bob" }, {}]);
    expect(runQuery("!alice", events)).toEqual([{ msg: "bob" }, {}]);
    expect(runQuery("!/ali/", events)).toEqual([{ msg: "bob" }, {}]);
  });

  it("combines with field filters by implicit and", () => {
    expect(runQuery("alice msg=*", [{ msg: "alice" }, { note: "alice" }])).toEqual([{ msg: "alice" }]);
  });
});
