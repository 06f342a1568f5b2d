/**
 * Conditionals and the filter functions that guard them: `case { ... }`, `field match { ... }`,
 * in(), wildcard(), `field =~ function(...)` and negated functions (docs pages
 * syntax-conditional, syntax-fields, functions-in, functions-wildcard, syntax-operators).
 */
import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../functions/helpers.js";

describe("case", () => {
  it("runs the first branch whose whole pipeline passes", () => {
    // syntax-conditional, "Conditional Case Example".
    const query = `time=*
      | case { src="client-side" | type := "client";
               src="frontend-server" | ip != 192.168.1.1 | type := "frontend";
               * | type := "server" }`;
    const events = [
      { time: "5", src: "client-side" },
      { time: "6", src: "frontend-server", ip: "10.1.1.1" },
      { time: "7", src: "frontend-server", ip: "192.168.1.1" },
      { src: "client-side" },
    ];
    expect(runQuery(query, events)).toEqual([
      { time: "5", src: "client-side", type: "client" },
      { time: "6", src: "frontend-server", ip: "10.1.1.1", type: "frontend" },
      { time: "7", src: "frontend-server", ip: "192.168.1.1", type: "server" },
    ]);
  });

  it("drops events no branch passes", () => {
    expect(runQuery('case { a=1 | r := "one" ; a=2 | r := "two" }', [{ a: "1" }, { a: "3" }, {}])).toEqual([{ a: "1", r: "one" }]);
  });

  it("keeps the event unchanged in a bare * branch", () => {
    expect(runQuery('case { a=1 | r := "one" ; * }', [{ a: "1" }, { a: "3" }])).toEqual([{ a: "1", r: "one" }, { a: "3" }]);
  });

  it("tries no later branch after a match", () => {
    expect(runQuery('case { a=* | r := "first" ; a=1 | r := "second" }', [{ a: "1" }])).toEqual([{ a: "1", r: "first" }]);
  });

  it("gives a failed branch's changes to no later branch", () => {
    expect(runQuery('case { r := "tried" | a=2 ; * }', [{ a: "1" }])).toEqual([{ a: "1" }]);
  });

  it("accepts a trailing ; and nesting", () => {
    const query = 'case { a=1 | case { b=1 | r := "1/1" ; * | r := "1/x" } ; }';
    expect(runQuery(query, [{ a: "1", b: "1" }, { a: "1" }, { a: "2" }])).toEqual([
      { a: "1", b: "1", r: "1/1" },
      { a: "1", r: "1/x" },
    ]);
  });

  it("passes missing fields to != branches", () => {
    expect(runQuery('case { a != 1 | r := "not one" }', [{ a: "1" }, {}])).toEqual([{ r: "not one" }]);
  });
});

describe("match", () => {
  const query = `x match {
    "exact" => r := "quoted" ;
    ab* => r := "glob" ;
    /^re(?<rest>.*)$/ => r := "regex" ;
    in(values=["one", "two"]) => r := "in" ;
    "*" => r := "present" ;
    * => r := "any" }`;

  it("tries guards top to bottom, first hit wins", () => {
    const events = [{ x: "exact" }, { x: "abc" }, { x: "regex" }, { x: "two" }, { x: "other" }, {}];
    expect(runQuery(query, events)).toEqual([
      { x: "exact", r: "quoted" },
      { x: "abc", r: "glob" },
      { x: "regex", rest: "gex", r: "regex" },
      { x: "two", r: "in" },
      { x: "other", r: "present" },
      { r: "any" },
    ]);
  });

  it("matches value guards on the whole value, case-sensitively", () => {
    expect(runQuery('x match { abc => r := 1 ; * => r := 0 }', [{ x: "xabc" }, { x: "ABC" }, { x: "abc" }]).map((row) => row.r)).toEqual(["0", "0", "1"]);
  });

  it("reads ** like \"*\" and true like *", () => {
    // syntax-conditional: "*" and ** need the field; * and true match every event.
    expect(runQuery("x match { ** => r := 1 }", [{ x: "" }, {}])).toEqual([{ x: "", r: "1" }]);
    expect(runQuery("x match { true => r := 1 }", [{}])).toEqual([{ r: "1" }]);
  });

  it("drops events no guard takes", () => {
    expect(runQuery('level match { ERROR => sev := "high" ; WARN => sev := "medium" }', [{ level: "ERROR" }, { level: "INFO" }, {}])).toEqual([
      { level: "ERROR", sev: "high" },
    ]);
  });

  it("stops at the first guard even when its pipeline drops the event", () => {
    expect(runQuery("x match { a => y=1 ; * => r := 1 }", [{ x: "a" }])).toEqual([]);
  });

  it("passes the event through with * => *", () => {
    expect(runQuery("x match { a => r := 1 ; * => * }", [{ x: "b" }])).toEqual([{ x: "b" }]);
  });

  it("fails value guards on a missing field", () => {
    expect(runQuery('x match { "" => r := "empty" ; * => r := "other" }', [{}, { x: "" }]).map((row) => row.r)).toEqual(["other", "empty"]);
  });
});

describe("in()", () => {
  const events = [{ id: "e1", loglevel: "ERROR" }, { id: "e2", loglevel: "INFO" }, { id: "e3", loglevel: "WARN" }, { id: "e4", loglevel: "WARNING" }, { id: "e5" }];

  it("keeps whole-value matches, with * as a wildcard", () => {
    expect(runQuery('in(loglevel, values=["ERROR", "WARN"])', events).map((row) => row.id)).toEqual(["e1", "e3"]);
    expect(runQuery('in(loglevel, values=["WARN*"])', events).map((row) => row.id)).toEqual(["e3", "e4"]);
  });

  it("ignores case with ignoreCase=true", () => {
    // examples-in-caseinsensitive.
    expect(runQuery('in(loglevel, ignoreCase=true, values=["error", "warn"])', events).map((row) => row.id)).toEqual(["e1", "e3"]);
  });

  it("keeps events without the field only when negated", () => {
    expect(runQuery('in(loglevel, values=["*"])', events).map((row) => row.id)).toEqual(["e1", "e2", "e3", "e4"]);
    expect(runQuery('!in(loglevel, values=["ERROR", "WARN"])', events).map((row) => row.id)).toEqual(["e2", "e4", "e5"]);
    expect(runQuery('not in(loglevel, values=["ERROR", "WARN"])', events).map((row) => row.id)).toEqual(["e2", "e4", "e5"]);
  });
});

describe("wildcard()", () => {
  const events = [{ animal: "horse" }, { animal: "Horse" }, { animal: "seahorse" }, { machine: "horse-power" }];

  it("is anchored with a field and unanchored without", () => {
    expect(runQuery("wildcard(field=animal, pattern=horse)", events)).toEqual([{ animal: "horse" }]);
    expect(runQuery("wildcard(pattern=horse)", events)).toEqual([{ animal: "horse" }, { animal: "seahorse" }, { machine: "horse-power" }]);
  });

  it("ignores case on request", () => {
    expect(runQuery("wildcard(field=animal, pattern=horse, ignoreCase=true)", events)).toEqual([{ animal: "horse" }, { animal: "Horse" }]);
  });

  it("keeps events without the field on * only with includeEverythingOnAsterisk", () => {
    expect(runQuery("wildcard(field=animal, pattern=*)", events)).toHaveLength(3);
    expect(runQuery("wildcard(field=animal, pattern=*, includeEverythingOnAsterisk=true)", events)).toHaveLength(4);
  });

  it("keeps events without the field when negated", () => {
    expect(runQuery("!wildcard(field=animal, pattern=*horse)", events)).toEqual([{ animal: "Horse" }, { machine: "horse-power" }]);
  });
});

describe("=~", () => {
  it("passes the field to the function", () => {
    expect(runQuery('ip =~ cidr(subnet="10.0.0.0/8")', [{ ip: "10.1.2.3" }, { ip: "11.0.0.1" }])).toEqual([{ ip: "10.1.2.3" }]);
    expect(runQuery('s =~ in(values=["a"])', [{ s: "a" }, { s: "b" }])).toEqual([{ s: "a" }]);
    expect(runQuery('m =~ regex("(?<n>\\\\d+)")', [{ m: "x1" }])).toEqual([{ m: "x1", n: "1" }]);
    expect(runQuery('m =~ replace("\\\\d", with="#")', [{ m: "x1" }])).toEqual([{ m: "x#" }]);
  });

  it("rejects a function without a field parameter", () => {
    expect(errorOf(() => runQuery("m =~ now()", [])).message).toMatch(/field/);
  });
});

describe("negated functions", () => {
  it("keep exactly the events the plain call drops", () => {
    const events = [{ f: "abc" }, { f: "xyz" }, {}];
    expect(runQuery('!regex("a", field=f)', events)).toEqual([{ f: "xyz" }, {}]);
    expect(runQuery('not test(f == "abc")', events)).toEqual([{ f: "xyz" }, {}]);
    expect(runQuery('!in(f, values=["abc"])', events)).toEqual([{ f: "xyz" }, {}]);
  });

  it("are rejected for functions that are not negatable", () => {
    expect(errorOf(() => runQuery("!count()", [])).message).toMatch(/negat|cannot/i);
  });
});
