import { describe, expect, it } from "vitest";
import { checkAssertion, checkOutput, compareRows, diffRow, matchRows, showValue } from "../../src/testing/compare.js";

const output = [
  { host: "a", _count: "2" },
  { host: "b", _count: "1" },
];

describe("checkOutput", () => {
  it("match true fails on no output", () => {
    expect(checkOutput([], { match: true })).toEqual(["expected the query to match, but it produced no output"]);
  });

  it("match false names the first event", () => {
    expect(checkOutput(output, { match: false })).toEqual([
      'expected no output, but the query produced 2 events; the first: { "host": "a", "_count": "2" }',
    ]);
  });

  it("count compares the number of events", () => {
    expect(checkOutput(output, { count: 2 })).toEqual([]);
    expect(checkOutput(output, { count: 1 })).toEqual(["expected 1 output event, got 2"]);
  });

  it("passes when every check holds", () => {
    expect(checkOutput(output, { match: true, count: 2, rows: [...output].reverse() })).toEqual([]);
  });
});

describe("checkAssertion", () => {
  it("names the field with the wrong value", () => {
    const failures = checkAssertion(output, { outputEventIndex: 1, fieldsHaveValues: [["_count", "3"]], fieldsNotPresent: [] });
    expect(failures).toEqual(['output event 1: field _count: expected "3", got "1"']);
  });

  it("reports a missing field", () => {
    const failures = checkAssertion(output, { outputEventIndex: 0, fieldsHaveValues: [["user", "x"]], fieldsNotPresent: [] });
    expect(failures).toEqual(['output event 0: field user: expected "x", but the field is missing']);
  });

  it("reports a field that should be absent", () => {
    const failures = checkAssertion(output, { outputEventIndex: 0, fieldsHaveValues: [], fieldsNotPresent: ["host", "user"] });
    expect(failures).toEqual(['output event 0: field host should not be present, but it is "a"']);
  });

  it("reports an index past the output", () => {
    const failures = checkAssertion(output, { outputEventIndex: 2, fieldsHaveValues: [["host", "c"]], fieldsNotPresent: [] });
    expect(failures).toEqual(["output event 2: there is no such event, the query produced 2 events"]);
  });

  it("treats __proto__ as an ordinary field", () => {
    const row = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    expect(checkAssertion([row], { outputEventIndex: 0, fieldsHaveValues: [["__proto__", "x"]], fieldsNotPresent: [] })).toEqual([]);
    expect(checkAssertion([{ a: "1" }], { outputEventIndex: 0, fieldsHaveValues: [], fieldsNotPresent: ["__proto__", "constructor"] })).toEqual([]);
  });
});

describe("diffRow", () => {
  it("lists changed, missing and extra fields", () => {
    expect(diffRow({ a: "1", b: "2" }, { a: "1", b: "3", c: "4" })).toEqual([
      { field: "b", expected: "2", actual: "3" },
      { field: "c", expected: undefined, actual: "4" },
    ]);
  });

  it("ignores unlisted fields when partial", () => {
    expect(diffRow({ a: "1" }, { a: "1", c: "4" }, true)).toEqual([]);
  });
});

describe("matchRows", () => {
  it("pairs identical rows whatever their order", () => {
    const matching = matchRows(output, [...output].reverse(), false);
    expect(matching.pairs.map((pair) => [pair.expected, pair.actual])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(matching.missing).toEqual([]);
    expect(matching.extra).toEqual([]);
  });

  it("pairs a changed row with its closest event", () => {
    const expected = [{ host: "b", _count: "9" }, { host: "a", _count: "2" }];
    const matching = matchRows(expected, output, false);
    expect(matching.pairs.find((pair) => pair.expected === 0)).toEqual({
      expected: 0,
      actual: 1,
      differences: [{ field: "_count", expected: "9", actual: "1" }],
    });
  });

  it("compares by position when ordered", () => {
    const matching = matchRows(output, [...output].reverse(), true);
    expect(matching.pairs.every((pair) => pair.differences.length === 2)).toBe(true);
  });
});

describe("compareRows", () => {
  it("reports count, differing field and extra event", () => {
    const failures = compareRows([{ host: "a", _count: "3" }], output, false);
    expect(failures).toEqual([
      "expected 1 row, got 2 output events",
      'row 0: field _count: expected "3", got "2"',
      'output event 1 was not expected: { "host": "b", "_count": "1" }',
    ]);
  });

  it("reports a missing row", () => {
    expect(compareRows([...output, { host: "c", _count: "1" }], output, true)).toEqual([
      "expected 3 rows, got 2 output events",
      'row 2 is missing from the output: { "host": "c", "_count": "1" }',
    ]);
  });
});

describe("showValue", () => {
  it("cuts long values in the middle", () => {
    const text = showValue("x".repeat(1000));
    expect(text.length).toBeLessThan(200);
    expect(text).toContain("(880 more characters)");
  });

  it("escapes control characters", () => {
    expect(showValue("a\u001b[31mb")).toBe('"a\\u001b[31mb"');
  });
});
