/**
 * Expressions: the right side of `:=`, eval(), test() and expression arguments such as if()'s
 * (docs pages syntax-expressions, functions-eval, functions-test, functions-if). Values carry no
 * type; bare words are field names, quoted strings are literals, and a missing field or a value
 * of the wrong kind makes the result null, which assigns nothing and fails test().
 */
import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../functions/helpers.js";

/** Runs `assignment` (which writes field r) on one event and returns r, or undefined. */
function result(assignment: string, event: Record<string, string> = {}): string | undefined {
  return runQuery(assignment, [event])[0]?.r;
}

describe("arithmetic", () => {
  it("reads numeric strings as numbers", () => {
    // syntax-expressions: a := "2" | b := 4 / lower(a) gives b = 2.
    expect(runQuery('a := "2" | b := 4 / lower(a)', [{}])).toEqual([{ a: "2", b: "2" }]);
    expect(result("r := x * 2", { x: "21" })).toBe("42");
  });

  it("prints integral results without a decimal point", () => {
    expect(result("r := 4 / 2")).toBe("2");
    expect(result("r := 2.5 * 2")).toBe("5");
    expect(result("r := 1e3 + 0")).toBe("1000");
  });

  it("prints other results as the shortest decimal that reads back the same", () => {
    // functions-percentage: (1/6)*100 prints 16.666666666666664.
    expect(result("r := (1 / 6) * 100")).toBe("16.666666666666664");
    expect(result("r := 0.1 + 0.2")).toBe("0.30000000000000004");
  });

  it("applies the usual precedence", () => {
    expect(result("r := 2 + 3 * 4")).toBe("14");
    expect(result("r := (2 + 3) * 4")).toBe("20");
    expect(result("r := 10 - 4 - 3")).toBe("3");
    expect(result("r := -2 * 3")).toBe("-6");
    expect(result("r := 7 % 3")).toBe("1");
  });

  it("does not join strings with +", () => {
    // syntax-expressions: + is numeric only.
    expect(result('r := "a" + "b"')).toBeUndefined();
  });

  it("uses a function's text as a number", () => {
    // syntax-expressions: format("%s%s", field=[a, a]) + 1 with a = 2 gives 23.
    expect(runQuery('a := "2" | b := format("%s%s", field=[a, a]) + 1', [{}])).toEqual([{ a: "2", b: "23" }]);
  });
});

describe("null values", () => {
  it("come from a missing field and propagate", () => {
    expect(result("r := x + 1")).toBeUndefined();
    expect(result("r := (x + 1) * 2")).toBeUndefined();
  });

  it("come from a value that is not a number", () => {
    expect(result("r := x / 2", { x: "abc" })).toBeUndefined();
    expect(result("r := x > 3", { x: "abc" })).toBeUndefined();
  });

  it("come from a division by zero", () => {
    expect(result("r := 1 / 0")).toBeUndefined();
    expect(result("r := 5 % 0")).toBeUndefined();
  });

  it("leave an existing target unchanged", () => {
    // functions-eval: a null value does not overwrite the target.
    expect(runQuery("r := x", [{ r: "old" }])).toEqual([{ r: "old" }]);
  });

  it("make the pid coalesce idiom keep the last present value", () => {
    const events = [{ TargetProcessId: "111" }, { ContextProcessId: "222" }, { TargetProcessId: "111", ContextProcessId: "222" }];
    expect(runQuery("pid := TargetProcessId | pid := ContextProcessId", events).map((row) => row.pid)).toEqual(["111", "222", "222"]);
  });

  it("keep the event after an assignment", () => {
    expect(runQuery("r := missing + 1 | count()", [{}, {}])).toEqual([{ _count: "2" }]);
  });
});

describe("names and literals", () => {
  it("read bare words as field names and quoted strings as text", () => {
    expect(result("r := level", { level: "WARN" })).toBe("WARN");
    expect(result('r := "level"', { level: "WARN" })).toBe("level");
  });

  it("copy an empty value as empty", () => {
    expect(runQuery("r := b", [{ b: "" }])).toEqual([{ b: "", r: "" }]);
  });

  it("read true and false as booleans", () => {
    expect(result("r := true")).toBe("true");
    expect(result('r := "true" == true')).toBe("true");
  });
});

describe("comparisons", () => {
  it("order numbers, not text", () => {
    expect(result('r := "9" < "10"')).toBe("true");
    expect(result("r := 1 > 3")).toBe("false");
  });

  it("compare any two values with == and !=", () => {
    expect(result('r := "a" == 2')).toBe("false");
    expect(result('r := a != "x"', { a: "y" })).toBe("true");
    expect(result("r := 3 == 3.0")).toBe("true");
  });

  it("negate with !", () => {
    expect(result("r := !0")).toBe("true");
    expect(result("r := !1")).toBe("false");
    expect(result("r := !(1 < 2)")).toBe("false");
    expect(result('r := !"abc"')).toBeUndefined();
  });
});

describe("functions inside expressions", () => {
  it("give their value", () => {
    expect(result("r := length(a) + 1", { a: "abc" })).toBe("4");
    expect(runQuery("test(length(a) == length(b))", [{ a: "xy", b: "zz" }, { a: "x", b: "zz" }])).toEqual([{ a: "xy", b: "zz" }]);
  });

  it("give true or false for filter functions", () => {
    expect(result('r := in(s, values=["a", "b"])', { s: "b" })).toBe("true");
    expect(result('r := in(s, values=["a", "b"])', { s: "c" })).toBe("false");
  });
});

describe("if()", () => {
  it("picks then= or else= by a condition read like test()", () => {
    const events = [{ x: "5" }, { x: "0" }];
    expect(runQuery('r := if(x > 1, then="big", else="small")', events).map((row) => row.r)).toEqual(["big", "small"]);
  });

  it("takes else= when the condition is null", () => {
    expect(result('r := if(x > 1, then="big", else="small")')).toBe("small");
  });

  it("writes _if by default and nests in expressions", () => {
    expect(runQuery('if(x == 1, then="one", else="other")', [{ x: "1" }])).toEqual([{ x: "1", _if: "one" }]);
    expect(result("r := 10 + if(x > 1, then=1, else=2)", { x: "5" })).toBe("11");
  });

  it("writes nothing when the chosen branch is null", () => {
    expect(result("r := if(x > 1, then=missing, else=0)", { x: "5" })).toBeUndefined();
  });
});

describe("eval()", () => {
  it("assigns left to right", () => {
    expect(runQuery("eval(a = 3, b = a + 1)", [{}])).toEqual([{ a: "3", b: "4" }]);
  });

  it("must start with an assignment", () => {
    expect(errorOf(() => runQuery("eval(1 + 2)", [])).message).toMatch(/assign/i);
  });
});

describe("test()", () => {
  it("keeps events whose expression is true", () => {
    expect(runQuery("test(x > 3)", [{ x: "5" }, { x: "3" }])).toEqual([{ x: "5" }]);
  });

  it("compares two fields by value", () => {
    // functions-test: test(myField == myOtherField) compares the fields' values.
    const events = [{ myField: "x", myOtherField: "x" }, { myField: "x", myOtherField: "y" }];
    expect(runQuery("test(myField == myOtherField)", events)).toEqual([{ myField: "x", myOtherField: "x" }]);
  });

  it("compares with text when the right side is quoted", () => {
    expect(runQuery('test(level == "WARN")', [{ level: "WARN" }, { level: "INFO" }])).toEqual([{ level: "WARN" }]);
  });

  it("drops events whose expression is null", () => {
    // A missing field or a non-number makes x > 3 null, which is not true.
    expect(runQuery("test(x > 3)", [{ x: "abc" }, {}, { x: "5" }])).toEqual([{ x: "5" }]);
    expect(runQuery("test(x != 1)", [{}])).toEqual([]);
  });

  it("keeps exactly the dropped events when negated", () => {
    const events = [{ x: "5" }, { x: "1" }, {}];
    expect(runQuery("!test(x > 3)", events)).toEqual([{ x: "1" }, {}]);
    expect(runQuery("not test(x > 3)", events)).toEqual([{ x: "1" }, {}]);
  });
});
