import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("replace", () => {
  it("replaces every match in @rawstring by default", () => {
    // functions-replace example "Correct a spelling mistake".
    expect(runQuery("replace(regex=propperties, with=properties)", [{ "@rawstring": "propperties and propperties" }])).toEqual([
      { "@rawstring": "properties and properties" },
    ]);
  });

  it("writes to as and leaves the field alone", () => {
    // functions-replace example "Get the integer part of a number": group 1 is the integer part.
    expect(runQuery('replace("(\\\\d+)\\\\.\\\\d+", with="$1", field=a, as=b)', [{ a: "12.34" }])).toEqual([{ a: "12.34", b: "12" }]);
  });

  it("inserts the whole match with $0 and named groups with ${name}", () => {
    expect(runQuery('replace("\\\\d+", with="<$0>", field=f)', [{ f: "a1b22" }])).toEqual([{ f: "a<1>b<22>" }]);
    expect(runQuery('replace("(?<user>\\\\w+)@", with="${user} at ", field=f)', [{ f: "bob@example.com" }])).toEqual([{ f: "bob at example.com" }]);
  });

  it("numbers only unnamed groups", () => {
    // (?<x>a) is not $1; (b) is.
    expect(runQuery('replace("(?<x>a)(b)", with="$1", field=f)', [{ f: "ab" }])).toEqual([{ f: "b" }]);
  });

  it("reads extra digits only while they name a group", () => {
    // One unnamed group: $10 is group 1 followed by the text 0.
    expect(runQuery('replace("(a)", with="$10", field=f)', [{ f: "a" }])).toEqual([{ f: "a0" }]);
  });

  it("inserts nothing for a group that did not take part", () => {
    expect(runQuery('replace("(a)|b", with="[$1]", field=f)', [{ f: "ab" }])).toEqual([{ f: "[a][]" }]);
  });

  it("makes the character after a backslash literal", () => {
    expect(runQuery('replace("\\\\d", with="\\\\$", field=f)', [{ f: "a1" }])).toEqual([{ f: "a$" }]);
  });

  it("replaces empty matches between characters", () => {
    // As Java's replaceAll: x* matches the empty string before a, b, c and at the end.
    expect(runQuery('replace("x*", with="-", field=f)', [{ f: "abc" }])).toEqual([{ f: "-a-b-c-" }]);
  });

  it("uses multi-line mode by default", () => {
    expect(runQuery('replace("^x", with="y", field=f)', [{ f: "x\nx" }])).toEqual([{ f: "y\ny" }]);
    expect(runQuery('replace("^x", with="y", field=f, flags="")', [{ f: "x\nx" }])).toEqual([{ f: "y\nx" }]);
  });

  it("ignores case with the i flag", () => {
    expect(runQuery('replace("error", with="E", field=f, flags=i)', [{ f: "Error ERROR" }])).toEqual([{ f: "E E" }]);
  });

  it("accepts replacement= for with=", () => {
    expect(runQuery('replace("a", replacement="b", field=f)', [{ f: "aa" }])).toEqual([{ f: "bb" }]);
  });

  it("writes the value unchanged when nothing matches", () => {
    expect(runQuery('replace("z", with="y", field=f, as=g)', [{ f: "abc" }])).toEqual([{ f: "abc", g: "abc" }]);
  });

  it("leaves events without the field unchanged", () => {
    expect(runQuery('replace("a", with="b", field=f, as=g)', [{ other: "a" }])).toEqual([{ other: "a" }]);
  });

  it("takes the field from =~", () => {
    expect(runQuery('f =~ replace("a", with="b")', [{ f: "cat" }])).toEqual([{ f: "cbt" }]);
  });
});

describe("replace errors", () => {
  it.each([
    ['replace("(a)", with="$2", field=f)', /refers to \$2, but the regex has 1 unnamed groups/],
    ['replace("a", with="cost: $", field=f)', /\$ must be followed by a group number/],
    ['replace("a", with="${nope}", field=f)', /no group \(\?<nope>/],
    ['replace("a", with="b", field=f, flags=g)', /remove the g flag/],
    ['replace("(?<=a)b", with="c", field=f)', /lookbehind/],
  ])("%s is rejected", (query, message) => {
    expect(errorOf(() => runQuery(query, [])).message).toMatch(message);
  });
});
