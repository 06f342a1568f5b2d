import { describe, expect, it } from "vitest";
import { compile, CqlQueryError, CqlSyntaxError, ErrorCodes } from "../../src/index.js";
import { errorOf } from "../functions/helpers.js";

const events = [
  { host: "gendarme", status: "500" },
  { host: "gendarme", status: "200" },
  { host: "other", status: "500" },
];

describe("saved searches", () => {
  it("runs the saved query as a step", () => {
    const query = compile("$errors() | count()", { savedSearches: { errors: "status=500" } });
    expect(query.run(events).events).toEqual([{ _count: "2" }]);
  });

  it("passes arguments as parameters", () => {
    // syntax-function: $findhost(host="gendarme") sets ?host in the saved query.
    const query = compile('$findhost(host="gendarme")', { savedSearches: { findhost: "host=?host" } });
    expect(query.run(events).events).toHaveLength(2);
  });

  it("uses the saved query's parameter defaults", () => {
    const query = compile("$q()", { savedSearches: { q: "status=?{code=200}" } });
    expect(query.run(events).events).toEqual([{ host: "gendarme", status: "200" }]);
  });

  it("finds names without regard to case", () => {
    expect(compile("$Errors()", { savedSearches: { errors: "status=500" } }).run(events).events).toHaveLength(2);
  });

  it("quotes names with spaces", () => {
    expect(compile('$"My Search"()', { savedSearches: { "My Search": "host=other" } }).run(events).events).toHaveLength(1);
  });

  it("can be negated when it only filters", () => {
    expect(compile("!$errors()", { savedSearches: { errors: "status=500" } }).run(events).events).toEqual([{ host: "gendarme", status: "200" }]);
  });

  it("stands inside a subquery", () => {
    const query = compile("groupBy(host, function={ $errors() | count() })", { savedSearches: { errors: "status=500" } });
    expect(query.run(events).events).toEqual([
      { host: "gendarme", _count: "1" },
      { host: "other", _count: "1" },
    ]);
  });

  it("can be supplied at run time", () => {
    const query = compile("$errors()");
    expect(query.run(events, { savedSearches: { errors: "status=500" } }).events).toHaveLength(2);
  });

  it("rejects an unknown saved search with a hint", () => {
    const error = errorOf(() => compile("$erors()", { savedSearches: { errors: "*" } }).run([]));
    expect(error).toBeInstanceOf(CqlQueryError);
    expect(error.code).toBe(ErrorCodes.unknownSavedSearch);
    expect(error.message).toBe('unknown saved search $erors(). Did you mean "errors"? Supply its query text in the savedSearches option');
  });

  it("rejects a run without the saved search", () => {
    expect(() => compile("$errors()").run([])).toThrow(/unknown saved search \$errors\(\)/);
  });

  it("rejects a saved search that calls itself", () => {
    expect(() => compile("$loop()", { savedSearches: { loop: "$loop()" } })).toThrow(/calls itself/);
  });

  it("points errors inside the saved query at its text", () => {
    const error = errorOf(() => compile("$bad()", { savedSearches: { bad: "a=1 | nosuch()" } })) as CqlQueryError;
    expect(error.file).toBe("$bad");
    expect(error.column).toBe(7);
  });

  it("reports a saved query that does not parse", () => {
    expect(errorOf(() => compile("$bad()", { savedSearches: { bad: "a=(" } }))).toBeInstanceOf(CqlSyntaxError);
  });

  it("needs named arguments", () => {
    expect(() => compile('$q("x")', { savedSearches: { q: "*" } })).toThrow(/need names/);
  });
});
