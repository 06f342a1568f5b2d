import { describe, expect, it } from "vitest";
import { runQuery } from "../functions/helpers.js";

describe("case", () => {
  it("takes the first branch that passes the event", () => {
    // syntax-conditional, "Conditional Case Example": a later failing step moves on to the next branch.
    const rows = runQuery(
      'case { src="client-side" | type := "client"; src="frontend-server" | ip != 192.168.1.1 | type := "frontend"; * | type := "server" }',
      [
        { src: "client-side" },
        { src: "frontend-server", ip: "10.1.1.1" },
        { src: "frontend-server", ip: "192.168.1.1" },
      ],
    );
    expect(rows.map((row) => row.type)).toEqual(["client", "frontend", "server"]);
  });

  it("drops events no branch passes", () => {
    expect(runQuery('case { a=1 | x := "1" ; a=2 | x := "2" }', [{ a: "3" }])).toEqual([]);
  });

  it("keeps events unchanged with a bare star branch", () => {
    expect(runQuery('case { a=1 | x := "1" ; * }', [{ a: "3" }])).toEqual([{ a: "3" }]);
  });

  it("gives a failed branch's changes to no one", () => {
    // The first branch sets x and then fails; the second branch must see the event without x.
    const rows = runQuery('case { x := "set" | a=2 ; y := x }', [{ a: "1" }]);
    expect(rows).toEqual([{ a: "1" }]);
  });

  it("does not try later branches once one passes", () => {
    const rows = runQuery('case { a=1 | n := "first" ; a=1 | n := "second" }', [{ a: "1" }]);
    expect(rows).toEqual([{ a: "1", n: "first" }]);
  });
});

describe("match", () => {
  const events = [{ v: "ERROR" }, { v: "INFO" }, { v: "WARN" }, { other: "x" }];

  it("takes the first guard that accepts the event", () => {
    // functions-in, "Differentiate Between Types of Log Levels".
    const rows = runQuery('v match { /.*ERROR.*/ => s := "High"; in(values=["DEBUG", "INFO"]) => s := "Low"; * => s := "Medium" }', events);
    expect(rows.map((row) => row.s)).toEqual(["High", "Low", "Medium", "Medium"]);
  });

  it("tests existence with a quoted star", () => {
    const rows = runQuery('v match { "*" => s := "has" ; * => s := "none" }', events);
    expect(rows.map((row) => row.s)).toEqual(["has", "has", "has", "none"]);
  });

  it("drops unmatched events without a default arm", () => {
    expect(runQuery("v match { INFO => * }", events)).toEqual([{ v: "INFO" }]);
  });

  it("extracts named groups of a regex guard", () => {
    expect(runQuery("v match { /^(?<first>.)/ => * }", [{ v: "WARN" }])).toEqual([{ v: "WARN", first: "W" }]);
  });

  it("does not fall through when the arm's pipeline drops the event", () => {
    expect(runQuery("v match { INFO => other=* ; * => * }", [{ v: "INFO" }])).toEqual([]);
  });
});
