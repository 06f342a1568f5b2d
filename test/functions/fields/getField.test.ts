import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("getField", () => {
  it("reads a literal field name", () => {
    // functions-getfield: result := getField("foo") reads foo itself.
    expect(runQuery('result := getField("foo")', [{ foo: "bar", bar: "123" }])).toEqual([{ foo: "bar", bar: "123", result: "bar" }]);
  });

  it("reads the field whose name a field holds", () => {
    // functions-getfield: getField(foo) reads the field named by foo's value; quux does not exist.
    const rows = runQuery("result := getField(foo)", [{ foo: "bar", bar: "123" }, { foo: "quux" }]);
    expect(rows).toEqual([{ foo: "bar", bar: "123", result: "123" }, { foo: "quux" }]);
  });

  it("reads names that need quoting inside expressions", () => {
    expect(runQuery('d := 10 - getField("time-in-ms")', [{ "time-in-ms": "4" }])).toEqual([{ "time-in-ms": "4", d: "6" }]);
  });

  it("gets the last array element with format()", () => {
    // functions-getfield example "Get the Last Element of an Array", with the index computed by hand.
    const query = 'index := 3 | fieldName := format("foo[%s]", field=[index]) | result := getField(fieldName)';
    const [row] = runQuery(query, [{ "foo[0]": "a", "foo[1]": "b", "foo[2]": "c", "foo[3]": "d" }]);
    expect(row?.result).toBe("d");
  });

  it("treats __proto__ as an ordinary field name", () => {
    expect(runQuery('r := getField("__proto__")', [{ ["__proto__"]: "x" } as Record<string, string>])[0]?.r).toBe("x");
  });
});
