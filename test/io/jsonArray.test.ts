import { describe, expect, it } from "vitest";
import { readAll, readSkipping } from "./helpers.js";

const PRETTY = `[
  {
    "a": "1",
    "nested": { "list": [1, 2, {"x": "]}"}] }
  },
  {"b": "quote \\" and brace } inside"},
  {}
]
`;

describe("JSON array reader", () => {
  it("reads the elements of an array", async () => {
    expect(await readAll(PRETTY)).toEqual([
      { a: "1", nested: { list: [1, 2, { x: "]}" }] } },
      { b: 'quote " and brace } inside' },
      {},
    ]);
  });

  it("keeps the text of numbers in elements", async () => {
    expect(await readAll('[{"n": 7.0}, {"n": 9007199254740993}]')).toEqual([{ n: "7.0" }, { n: "9007199254740993" }]);
  });

  it("gives the same events for every chunk size", async () => {
    const whole = await readAll(PRETTY);
    for (const size of [1, 2, 3, 5, 16]) {
      expect(await readAll(PRETTY, size)).toEqual(whole);
    }
  });

  it("reads an empty array", async () => {
    expect(await readAll("  [ ]  ")).toEqual([]);
  });

  it("reads an array after leading whitespace", async () => {
    expect(await readAll('\n\n  [{"a":"1"}]')).toEqual([{ a: "1" }]);
  });

  it("reports an element that is not an object at its line", async () => {
    const text = '[\n{"a":"1"},\n"text",\n{"a":"2"}\n]';
    await expect(readAll(text)).rejects.toThrow("events.json:3: expected a JSON object, found a string");
  });

  it("reports an invalid element at its line", async () => {
    const text = '[\n{"a":"1"},\n\n{"a": tru}\n]';
    await expect(readAll(text)).rejects.toThrow(/^events\.json:4: invalid JSON/);
  });

  it("skips invalid elements when asked", async () => {
    const text = '[{"a":"1"}, 7, {"a": tru}, [1], "s", {"a":"2"}]';
    const { events, skipped } = await readSkipping(text, 3);
    expect(events).toEqual([{ a: "1" }, { a: "2" }]);
    expect(skipped).toEqual([
      "events.json:1: expected a JSON object, found a number",
      expect.stringMatching(/^events\.json:1: invalid JSON/),
      "events.json:1: expected a JSON object, found an array",
      "events.json:1: expected a JSON object, found a string",
    ]);
  });

  it("rejects an unclosed array even when skipping", async () => {
    await expect(readSkipping('[{"a":"1"},\n{"a":"2"}')).rejects.toThrow(
      "events.json:2: unexpected end of input: the JSON array is not closed",
    );
  });

  it("rejects a trailing comma", async () => {
    await expect(readAll('[{"a":"1"},]')).rejects.toThrow("events.json:1: trailing comma before ]: remove it");
  });

  it("rejects a missing comma", async () => {
    await expect(readAll('[{"a":"1"}\n{"a":"2"}]')).rejects.toThrow(
      "events.json:2: expected , or ] after an array element",
    );
  });

  it("rejects text after the closing bracket", async () => {
    await expect(readAll('[{"a":"1"}]\n{"b":"2"}')).rejects.toThrow(
      "events.json:2: unexpected text after the closing ] of the JSON array",
    );
  });
});
