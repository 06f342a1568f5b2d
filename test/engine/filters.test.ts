import { describe, expect, it } from "vitest";
import { runQuery } from "../functions/helpers.js";

const ids = (rows: Record<string, string>[]) => rows.map((row) => row.id);

describe("field filters", () => {
  const events = [
    { id: "1", f: "abc" },
    { id: "2", f: "" },
    { id: "3" },
    { id: "4", f: "ABC" },
    { id: "5", f: "xabcx" },
  ];

  it("= is anchored and case-sensitive", () => {
    expect(ids(runQuery("f = abc", events))).toEqual(["1"]);
  });

  it("= compares text, not numbers", () => {
    expect(runQuery("n = 400", [{ n: "400.0" }, { n: "400" }])).toEqual([{ n: "400" }]);
  });

  it("= with wildcards", () => {
    expect(ids(runQuery("f = *bc*", events))).toEqual(["1", "5"]);
    expect(ids(runQuery('f = "a*"', events))).toEqual(["1"]);
  });

  it("= * tests presence, empty values included", () => {
    expect(ids(runQuery("f = *", events))).toEqual(["1", "2", "4", "5"]);
  });

  it('= "" needs a present empty value', () => {
    expect(ids(runQuery('f = ""', events))).toEqual(["2"]);
  });

  it("!= passes missing fields", () => {
    expect(ids(runQuery("f != abc", events))).toEqual(["2", "3", "4", "5"]);
    expect(ids(runQuery("f != *", events))).toEqual(["3"]);
  });

  it("like is an unanchored contains", () => {
    expect(ids(runQuery("f like bc", events))).toEqual(["1", "5"]);
  });

  it("not and ! negate, passing missing fields", () => {
    expect(ids(runQuery("not f = abc", events))).toEqual(["2", "3", "4", "5"]);
    expect(ids(runQuery("!f = abc", events))).toEqual(["2", "3", "4", "5"]);
  });

  it("a regex searches the field unanchored", () => {
    expect(ids(runQuery("f = /b/", events))).toEqual(["1", "5"]);
    expect(ids(runQuery("f = /^abc$/i", events))).toEqual(["1", "4"]);
    expect(ids(runQuery("f != /b/", events))).toEqual(["2", "3", "4"]);
  });
});

describe("numeric filters", () => {
  const events = [{ id: "1", n: "5" }, { id: "2", n: "10" }, { id: "3", n: "abc" }, { id: "4" }, { id: "5", n: "9.5" }];

  it("compare as numbers", () => {
    expect(ids(runQuery("n > 9", events))).toEqual(["2", "5"]);
    expect(ids(runQuery("n <= 5", events))).toEqual(["1"]);
    expect(ids(runQuery("n >= 10", events))).toEqual(["2"]);
    expect(ids(runQuery("n < 10", events))).toEqual(["1", "5"]);
  });
});

describe("logical operators", () => {
  const events = [
    { id: "1", a: "1", b: "2" },
    { id: "2", a: "1", c: "3" },
    { id: "3", c: "3" },
    { id: "4", a: "1" },
  ];

  it("or binds tighter than the implicit and", () => {
    // a=1 b=2 or c=3 means a=1 and (b=2 or c=3) (syntax-operators).
    expect(ids(runQuery("a=1 b=2 or c=3", events))).toEqual(["1", "2"]);
  });

  it("and and or keywords", () => {
    expect(ids(runQuery("a=1 and c=3", events))).toEqual(["2"]);
    expect(ids(runQuery("b=2 or c=3", events))).toEqual(["1", "2", "3"]);
  });

  it("true and false", () => {
    expect(ids(runQuery("true", events))).toEqual(["1", "2", "3", "4"]);
    expect(ids(runQuery("false", events))).toEqual([]);
  });

  it("an or of filter functions keeps what either keeps", () => {
    expect(ids(runQuery("in(b, values=[2]) or test(c == 3)", events))).toEqual(["1", "2", "3"]);
  });
});

describe("free text", () => {
  const events = [
    { id: "1", "@rawstring": "user alice logged in" },
    { id: "2", msg: "Alice" },
    { id: "3", "#type": "alice" },
    { id: "4", "@timestamp": "123", note: "x" },
  ];

  it("is a case-sensitive substring search over every field", () => {
    expect(ids(runQuery("alice", events))).toEqual(["1"]);
    expect(ids(runQuery("Alice", events))).toEqual(["2"]);
  });

  it("skips tags and timestamps", () => {
    expect(ids(runQuery('"123"', events))).toEqual([]);
  });

  it("accepts wildcards", () => {
    expect(ids(runQuery("user*in", events))).toEqual(["1"]);
  });

  it("a lone star keeps everything", () => {
    expect(ids(runQuery("*", events))).toEqual(["1", "2", "3", "4"]);
  });

  it("sees the event as it was at the start of the query", () => {
    const rows = runQuery('msg := "changed" | Alice', [{ id: "1", msg: "Alice" }, { id: "2", msg: "other" }]);
    expect(rows).toEqual([{ id: "1", msg: "changed" }]);
  });

  it("does not see fields added by earlier steps", () => {
    expect(runQuery('added := "needle" | needle', [{ id: "1" }])).toEqual([]);
  });

  it("a regex with named groups extracts from @rawstring first", () => {
    const rows = runQuery("/id=(?<id>\\d+)/", [{ other: "id=1", "@rawstring": "id=2" }, { other: "id=3" }, { other: "none" }]);
    expect(rows).toEqual([
      { other: "id=1", "@rawstring": "id=2", id: "2" },
      { other: "id=3", id: "3" },
    ]);
  });
});

describe("regex extraction on a field", () => {
  it("drops events without a match and sets groups", () => {
    // functions-regex, example "Extract Components from Fixed-Length Data".
    const rows = runQuery("data = /^(?<id>\\d{2})(?<payloadLength>\\d{4})(?<remaining>.+)$/", [{ data: "6800091A3C5B78F4468" }, { data: "x1" }]);
    expect(rows).toEqual([{ data: "6800091A3C5B78F4468", id: "68", payloadLength: "0009", remaining: "1A3C5B78F4468" }]);
  });

  it("emits one event per match with g", () => {
    const rows = runQuery("company = /(?<org>\\w+):/g", [{ company: "a: b: c" }]);
    expect(rows.map((row) => row.org)).toEqual(["a", "b"]);
  });
});

describe("filter errors", () => {
  it("rejects a non-number after <", () => {
    expect(() => runQuery("n < abc", [])).toThrow(/must be a number/);
  });

  it("rejects an invalid regex with its position", () => {
    expect(() => runQuery("f = /(?<=a)b/", [])).toThrow(/lookbehind \(\?<=...\) is not supported/);
  });
});
