/**
 * Regexes in queries: `/re/flags` as a filter term or field comparison, regex(), match guards
 * (docs pages syntax-regex, syntax-regex-flags, syntax-fields, functions-regex). Named groups
 * create fields when the regex is a pipeline step; an event without a match is dropped.
 */
import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../functions/helpers.js";

describe("flags", () => {
  const lines = [{ m: "ERROR one\nwarn two" }, { m: "error" }, { m: "info" }];

  it("i ignores case", () => {
    expect(runQuery("m = /error/i", lines)).toEqual([{ m: "ERROR one\nwarn two" }, { m: "error" }]);
  });

  it("m lets ^ and $ match at line breaks", () => {
    expect(runQuery("m = /^warn/m", lines)).toEqual([{ m: "ERROR one\nwarn two" }]);
    expect(runQuery("m = /^warn/", lines)).toEqual([]);
  });

  it("d lets . match a line break", () => {
    expect(runQuery("m = /one.warn/d", lines)).toEqual([{ m: "ERROR one\nwarn two" }]);
    expect(runQuery("m = /one.warn/", lines)).toEqual([]);
  });

  it("g extracts every match, one event each", () => {
    // syntax-regex-flags: company = /(?<orgname>\w+):/g.
    expect(runQuery("company = /(?<orgname>\\w+):/g", [{ company: "acme: globex:" }])).toEqual([
      { company: "acme: globex:", orgname: "acme" },
      { company: "acme: globex:", orgname: "globex" },
    ]);
  });

  it("g without named groups filters once", () => {
    expect(runQuery("m = /a/g", [{ m: "aaa" }, { m: "b" }])).toEqual([{ m: "aaa" }]);
    expect(runQuery("/a/g", [{ m: "aaa" }])).toEqual([{ m: "aaa" }]);
  });

  it("F selects engine v2 and its \\W", () => {
    // syntax-regex-diffs: \W is [^a-zA-Z] in v1 but [^a-zA-Z_0-9] in v2.
    expect(runQuery("v = /^\\W$/", [{ v: "5" }, { v: "-" }])).toEqual([{ v: "5" }, { v: "-" }]);
    expect(runQuery("v = /^\\W$/F", [{ v: "5" }, { v: "-" }])).toEqual([{ v: "-" }]);
  });

  it("rejects flags LogScale lacks", () => {
    expect(errorOf(() => runQuery("m = /x/s", [])).message).toMatch(/regex flag .s./);
    expect(errorOf(() => runQuery('regex("x", flags="g")', [])).message).toMatch(/repeat=true/);
  });
});

describe("inline flags", () => {
  it("(?i) makes the rest of the pattern ignore case", () => {
    expect(runQuery("m = /(?i)error/", [{ m: "ERROR" }])).toEqual([{ m: "ERROR" }]);
  });

  it("(?i:...) ignores case inside the group only", () => {
    expect(runQuery("m = /^a(?i:b)c$/", [{ m: "aBc" }, { m: "aBC" }])).toEqual([{ m: "aBc" }]);
  });
});

describe("named groups", () => {
  it("create fields from a field comparison", () => {
    // functions-regex: "Extract Components from Fixed-Length Data".
    expect(runQuery("data = /^(?<id>\\d{2})(?<payloadLength>\\d{4})(?<remaining>.+)$/", [{ data: "6800091A3C5B78F4468" }])).toEqual([
      { data: "6800091A3C5B78F4468", id: "68", payloadLength: "0009", remaining: "1A3C5B78F4468" },
    ]);
  });

  it("may hold @, # and dots", () => {
    expect(runQuery("m = /(?<@host>\\w+) (?<#env>\\w+) (?<a.b>\\w+)/", [{ m: "web prod v1" }])).toEqual([
      { m: "web prod v1", "@host": "web", "#env": "prod", "a.b": "v1" },
    ]);
  });

  it("drop events without a match", () => {
    // syntax-fields: @rawstring=/disk_free=(?<space>[0-9]+)/ | space < 1000.
    const events = [{ "@rawstring": "disk_free=500" }, { "@rawstring": "disk_free=2000" }, { "@rawstring": "no disk" }];
    expect(runQuery("@rawstring = /disk_free=(?<space>[0-9]+)/ | space < 1000", events)).toEqual([{ "@rawstring": "disk_free=500", space: "500" }]);
  });

  it("are rejected as operands of or", () => {
    // syntax-fields: type=FOO or /disk_free=(?<space>[0-9]+)/ does not work.
    expect(errorOf(() => runQuery("type=FOO or /disk_free=(?<space>[0-9]+)/", [])).message).toMatch(/pipeline step of its own/);
  });

  it("write nothing for a group that took no part", () => {
    expect(runQuery("m = /(?<a>x)|(?<b>y)/", [{ m: "y" }])).toEqual([{ m: "y", b: "y" }]);
  });
});

describe("regex()", () => {
  const raw = [{ "@rawstring": "type=foo value=bar1 valueExtra=bar2 value=bar3" }];

  it("searches @rawstring by default", () => {
    expect(runQuery('regex("type=(?<type>\\\\w+)")', raw)).toEqual([{ ...raw[0], type: "foo" }]);
  });

  it("searches another field with field=", () => {
    expect(runQuery('regex("(?<n>\\\\d+)", field=f)', [{ f: "a12" }, { f: "none" }])).toEqual([{ f: "a12", n: "12" }]);
  });

  it("keeps events without a match when strict=false", () => {
    expect(runQuery('regex("(?<n>\\\\d+)", field=f, strict=false)', [{ f: "a12" }, { f: "none" }, {}])).toEqual([{ f: "a12", n: "12" }, { f: "none" }, {}]);
  });

  it("emits one event per match with repeat=true", () => {
    // syntax-fields: the repeat=true example yields bar1, bar2 and bar3.
    const rows = runQuery('regex("value[^=]*=(?<someBar>\\\\S+)", repeat=true)', raw);
    expect(rows.map((row) => row.someBar)).toEqual(["bar1", "bar2", "bar3"]);
  });

  it("caps repeat=true at limit and warns only for the default limit", () => {
    const many = [{ "@rawstring": "1 2 3 4 5" }];
    expect(runQuery('regex("(?<d>\\\\d)", repeat=true, limit=2)', many)).toHaveLength(2);
    const result = runWithWarnings('regex("(?<d>\\\\d)", repeat=true)', [{ "@rawstring": "1 ".repeat(150) }]);
    expect(result.events).toHaveLength(100);
    expect(result.warnings.join("\n")).toMatch(/more than 100 matches/);
  });

  it("uses multi-line mode by default", () => {
    expect(runQuery('regex("^b", field=f)', [{ f: "a\nb" }])).toEqual([{ f: "a\nb" }]);
    expect(runQuery('regex("^b", field=f, flags="")', [{ f: "a\nb" }])).toEqual([]);
  });

  it("takes the field from =~", () => {
    expect(runQuery('f =~ regex("(?<n>\\\\d+)")', [{ f: "x7" }])).toEqual([{ f: "x7", n: "7" }]);
  });
});

describe("rejected constructs", () => {
  it.each([
    ["lookbehind", "m = /(?<=a)b/"],
    ["atomic group", "m = /(?>ab)/"],
    ["possessive quantifier", "m = /a*+/"],
    ["named backreference", 'regex("(?<n>a)\\\\k<n>")'],
    ["POSIX class", "m = /[[:alpha:]]/"],
  ])("%s is a query error naming it", (construct, query) => {
    const error = errorOf(() => runQuery(query, []));
    expect(error.message).toMatch(new RegExp(construct));
    expect(error.message).toMatch(/not supported in LogScale regexes/);
  });

  it("reports a malformed pattern as invalid", () => {
    expect(errorOf(() => runQuery("m = /(ab/", [])).message).toMatch(/invalid regex .*missing closing parenthesis/);
  });
});

describe("Java and RE2 syntax", () => {
  it("quotes text with \\Q...\\E", () => {
    expect(runQuery("m = /\\Q1+1=2\\E/", [{ m: "1+1=2" }, { m: "11=2" }])).toEqual([{ m: "1+1=2" }]);
  });

  it("reads RE2 Unicode classes", () => {
    expect(runQuery("m = /^\\p{Greek}+$/", [{ m: "αβγ" }, { m: "abc" }])).toEqual([{ m: "αβγ" }]);
  });

  it("supports lookahead", () => {
    expect(runQuery("m = /foo(?!bar)/", [{ m: "foobar" }, { m: "foobaz" }])).toEqual([{ m: "foobaz" }]);
  });
});

describe("long and hostile values", () => {
  it("stay fast on patterns that backtrack badly", () => {
    const started = Date.now();
    const events = [{ m: `${"a".repeat(50_000)}!` }, { m: " ".repeat(50_000) }];
    expect(runQuery("m = /(a+)+$/", events)).toEqual([]);
    expect(runQuery("m = /(?<k>\\w+)=/", events)).toEqual([]);
    expect(runQuery("m = /\\s*\\s*\\s*x/", events)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("warnings", () => {
  it("name a construct that keeps a slow pattern on the backtracking engine", () => {
    const result = runWithWarnings("m = /(\\w+)\\1=/", [{ m: "abab=" }]);
    expect(result.events).toEqual([{ m: "abab=" }]);
    expect(result.warnings.join("\n")).toMatch(/uses a backreference, which only the backtracking engine supports/);
  });
});

describe("missing fields and negation", () => {
  const events = [{ f: "abc" }, { f: "xyz" }, {}];

  it("fail a regex comparison on a missing field", () => {
    expect(runQuery("f = /./", events)).toEqual([{ f: "abc" }, { f: "xyz" }]);
    expect(runQuery('regex(".", field=f)', events)).toEqual([{ f: "abc" }, { f: "xyz" }]);
  });

  it("keep events without the field under negation", () => {
    expect(runQuery("f != /a/", events)).toEqual([{ f: "xyz" }, {}]);
    expect(runQuery("not f = /a/", events)).toEqual([{ f: "xyz" }, {}]);
    expect(runQuery('!regex("a", field=f)', events)).toEqual([{ f: "xyz" }, {}]);
  });
});
