/**
 * Field filters `f = v`, `f != v`, `f like v`, `f < n` and friends (docs pages syntax-filters
 * and syntax-operators). The left side is always a field name and the right side always a
 * value; a comparison on a missing field fails, except `!=`, which succeeds.
 */
import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../functions/helpers.js";

const ids = (rows: Record<string, string>[]) => rows.map((row) => row.id);

const events = [
  { id: "1", f: "abc" },
  { id: "2", f: "" },
  { id: "3" },
  { id: "4", f: "ABC" },
  { id: "5", f: "xabcx" },
  { id: "6", f: "a*c" },
];

describe("equality", () => {
  it("matches the whole value exactly and case-sensitively", () => {
    expect(ids(runQuery("f = abc", events))).toEqual(["1"]);
    expect(ids(runQuery('f = "abc"', events))).toEqual(["1"]);
  });

  it("reads * anywhere as a wildcard, still anchored", () => {
    expect(ids(runQuery("f = a*", events))).toEqual(["1", "6"]);
    expect(ids(runQuery("f = *bc", events))).toEqual(["1"]);
    expect(ids(runQuery("f = *b*", events))).toEqual(["1", "5"]);
    expect(ids(runQuery('f = "a*c"', events))).toEqual(["1", "6"]);
  });

  it("tests presence with f = *, empty values included", () => {
    expect(ids(runQuery("f = *", events))).toEqual(["1", "2", "4", "5", "6"]);
  });

  it('needs a present empty value for f = ""', () => {
    expect(ids(runQuery('f = ""', events))).toEqual(["2"]);
  });

  it("compares with the literal text on the right", () => {
    // syntax-operators: myField = myOtherField looks for the text myOtherField.
    const rows = [{ a: "b", b: "b" }, { a: "x", b: "x" }];
    expect(runQuery("a = b", rows)).toEqual([{ a: "b", b: "b" }]);
  });

  it("reads the left side as a field name, even a number", () => {
    // syntax-operators: 200 = statuscode tests a field named 200.
    expect(runQuery("200 = statuscode", [{ "200": "statuscode" }, { statuscode: "200" }])).toEqual([{ "200": "statuscode" }]);
  });

  it("compares text, not numbers", () => {
    expect(runQuery("n = 400", [{ n: "400.0" }, { n: "400" }, { n: " 400" }])).toEqual([{ n: "400" }]);
  });

  it("accepts quoted field names and tags", () => {
    expect(runQuery('"host-name" = web', [{ "host-name": "web" }, { host: "web" }])).toEqual([{ "host-name": "web" }]);
    expect(runQuery("#type = accesslog", [{ "#type": "accesslog" }, { type: "accesslog" }])).toEqual([{ "#type": "accesslog" }]);
  });

  it("reads a slash inside an unquoted value as text", () => {
    // syntax-grammar-guide-appendix-a: foo=m/fisk/i equals foo="m/fisk/i".
    expect(runQuery("foo=m/fisk/i", [{ foo: "m/fisk/i" }, { foo: "fisk" }])).toEqual([{ foo: "m/fisk/i" }]);
  });
});

describe("regex comparisons", () => {
  it("search the field unanchored", () => {
    expect(ids(runQuery("f = /b/", events))).toEqual(["1", "5"]);
    expect(ids(runQuery("f = /^abc$/i", events))).toEqual(["1", "4"]);
  });

  it("fail on a missing field and pass it under !=", () => {
    expect(ids(runQuery("f = /.*/", events))).toEqual(["1", "2", "4", "5", "6"]);
    expect(ids(runQuery("f != /b/", events))).toEqual(["2", "3", "4", "6"]);
  });
});

describe("like", () => {
  it("is an unanchored case-sensitive contains", () => {
    // syntax-operators: class like "Bucket" equals class = *Bucket*.
    expect(ids(runQuery("f like bc", events))).toEqual(["1", "5"]);
    expect(ids(runQuery('f like "B"', events))).toEqual(["4"]);
  });

  it("allows wildcards", () => {
    expect(ids(runQuery("f like a*x", events))).toEqual(["5"]);
  });
});

describe("numeric comparisons", () => {
  const numbers = [{ id: "1", n: "5" }, { id: "2", n: "10" }, { id: "3", n: "abc" }, { id: "4" }, { id: "5", n: "9.5" }, { id: "6", n: "-3" }];

  it("compare as numbers, so 10 is above 9", () => {
    expect(ids(runQuery("n > 9", numbers))).toEqual(["2", "5"]);
    expect(ids(runQuery("n <= 5", numbers))).toEqual(["1", "6"]);
    expect(ids(runQuery("n >= 10", numbers))).toEqual(["2"]);
    expect(ids(runQuery("n < 10", numbers))).toEqual(["1", "5", "6"]);
  });

  it("accept decimal and negative limits", () => {
    expect(ids(runQuery("n >= 9.5", numbers))).toEqual(["2", "5"]);
    expect(ids(runQuery("n > -4", numbers))).toEqual(["1", "2", "5", "6"]);
  });

  it("fail on values that are not numbers", () => {
    expect(ids(runQuery("n < 100", numbers))).not.toContain("3");
  });

  it("reject a right side that is not a number", () => {
    expect(errorOf(() => runQuery("n < abc", [])).message).toMatch(/must be a number/);
  });
});

describe("missing fields", () => {
  it("fail every comparison but !=", () => {
    for (const query of ["f = abc", "f = *", 'f = ""', "f like a", "f = /./", "f < 5", "f > 5", "f <= 5", "f >= 5"]) {
      expect(runQuery(query, [{ other: "abc" }]), query).toEqual([]);
    }
  });

  it("pass != and !=*", () => {
    // syntax-operators: a comparison on a missing field fails unless it is !=.
    expect(ids(runQuery("f != abc", events))).toEqual(["2", "3", "4", "5", "6"]);
    expect(ids(runQuery("f != *", events))).toEqual(["3"]);
  });
});

describe("negation", () => {
  it("keeps events without the field under not and !", () => {
    expect(ids(runQuery("not f = abc", events))).toEqual(["2", "3", "4", "5", "6"]);
    expect(ids(runQuery("!f = abc", events))).toEqual(["2", "3", "4", "5", "6"]);
    expect(ids(runQuery("!(f = *)", events))).toEqual(["3"]);
  });

  it("turns a numeric comparison into one that keeps missing fields", () => {
    const numbers = [{ id: "1", n: "5" }, { id: "2", n: "50" }, { id: "3" }];
    expect(ids(runQuery("!(n > 10)", numbers))).toEqual(["1", "3"]);
  });

  it("gives f != v and not f = v the same events", () => {
    expect(runQuery("f != abc", events)).toEqual(runQuery("not f = abc", events));
  });
});

describe("logical operators", () => {
  const rows = [
    { id: "1", a: "1", b: "2" },
    { id: "2", a: "1", c: "3" },
    { id: "3", c: "3" },
    { id: "4", a: "1" },
  ];

  it("bind or tighter than and", () => {
    // syntax-operators: a=1 b=2 or c=3 means a=1 and (b=2 or c=3).
    expect(ids(runQuery("a=1 b=2 or c=3", rows))).toEqual(["1", "2"]);
    expect(ids(runQuery("a=1 and b=2 or c=3", rows))).toEqual(["1", "2"]);
  });

  it("bind not tightest", () => {
    // syntax-operators: not foo bar means (not foo) and bar.
    expect(ids(runQuery("not a=1 c=3", rows))).toEqual(["3"]);
  });

  it("accept upper-case keywords and parentheses", () => {
    expect(ids(runQuery("(a=1 AND b=2) OR c=3", rows))).toEqual(["1", "2", "3"]);
    expect(ids(runQuery("NOT a=1", rows))).toEqual(["3"]);
  });
});
