import { describe, expect, it } from "vitest";
import { readAll, readSkipping } from "./helpers.js";

const THREE_EVENTS = '{"a":"1"}\n{"a":"2","b":{"c":3}}\n{"a":"3"}\n';

describe("NDJSON reader", () => {
  it("reads one object per line", async () => {
    expect(await readAll(THREE_EVENTS)).toEqual([{ a: "1" }, { a: "2", b: { c: 3 } }, { a: "3" }]);
  });

  it("gives the same events for every chunk size", async () => {
    const whole = await readAll(THREE_EVENTS);
    for (const size of [1, 2, 3, 7, 10, 64]) {
      expect(await readAll(THREE_EVENTS, size)).toEqual(whole);
    }
  });

  it("skips blank lines and accepts CRLF", async () => {
    const text = '\n{"a":"1"}\r\n   \r\n\t\n{"a":"2"}';
    expect(await readAll(text, 3)).toEqual([{ a: "1" }, { a: "2" }]);
  });

  it("reads a last line without newline", async () => {
    expect(await readAll('{"a":"1"}\n{"a":"2"}', 4)).toEqual([{ a: "1" }, { a: "2" }]);
  });

  it("ignores a UTF-8 byte order mark", async () => {
    expect(await readAll('\uFEFF{"a":"1"}\n')).toEqual([{ a: "1" }]);
  });

  it("reads multi-byte characters split across chunks", async () => {
    const text = '{"name":"Zoë 🦊 日本"}\n';
    expect(await readAll(text, 1)).toEqual([{ name: "Zoë 🦊 日本" }]);
  });

  it("keeps __proto__ as an ordinary key", async () => {
    const [event] = await readAll('{"__proto__":{"polluted":"yes"},"constructor":"x"}\n');
    expect(Object.keys(event!)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps the text of numbers", async () => {
    const text = '{"big": 9007199254740993, "n": [7.0, -0, 1E+21, 1e400], "s": "x: 1", "t": true, "z": null}\n';
    expect(await readAll(text)).toEqual([
      { big: "9007199254740993", n: ["7.0", "-0", "1E+21", "1e400"], s: "x: 1", t: true, z: null },
    ]);
  });

  it("reports invalid JSON at its place in the line as written", async () => {
    // Position 18 is the second digit of 01 in the line as written; in the line with the
    // numbers before it quoted, it would be 22.
    await expect(readAll('{"a":1,"b":2,"c":01}\n')).rejects.toThrow(
      "events.json:1: invalid JSON: Unexpected number in JSON at position 18",
    );
  });

  it("reads any nesting depth", async () => {
    const depth = 100_000;
    const text = `{"k":"v"}\n{"x":${"[".repeat(depth)}1.0${"]".repeat(depth)}}\n`;
    const events = await readAll(text);
    expect(events).toHaveLength(2);
    let value = events[1]!.x;
    for (let level = 0; level < depth; level++) value = (value as unknown[])[0];
    expect(value).toBe("1.0");
  });

  it("reports invalid JSON with file and line", async () => {
    const text = '{"a":"1"}\n\n{"a":}\n{"a":"3"}\n';
    await expect(readAll(text)).rejects.toThrow(/^events\.json:3: invalid JSON: /);
  });

  it("reports a line that is not an object", async () => {
    await expect(readAll('{"a":"1"}\n[1,2]\n')).rejects.toThrow(
      "events.json:2: expected a JSON object, found an array",
    );
    await expect(readAll('"text"\n')).rejects.toThrow("events.json:1: expected a JSON object, found a string");
    await expect(readAll("null\n")).rejects.toThrow("events.json:1: expected a JSON object, found null");
    await expect(readAll("42\n")).rejects.toThrow("events.json:1: expected a JSON object, found a number");
  });

  it("reports malformed UTF-8 with its byte offset", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":"1"}\n{"a":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    await expect(readAll(bytes)).rejects.toThrow("events.json:2: malformed UTF-8 at byte 7 of the record");
  });

  it("rejects UTF-8 encoded surrogates and overlong forms", async () => {
    const surrogate = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    await expect(readAll(surrogate)).rejects.toThrow("malformed UTF-8 at byte 7");
    const overlong = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]);
    await expect(readAll(overlong)).rejects.toThrow("malformed UTF-8 at byte 7");
  });

  it("skips and counts invalid lines when asked", async () => {
    const text = '{"a":"1"}\nnot json\n[1]\n{"a":"4"}\n{"a":\n';
    const { events, skipped } = await readSkipping(text, 5);
    expect(events).toEqual([{ a: "1" }, { a: "4" }]);
    expect(skipped).toHaveLength(3);
    expect(skipped[0]).toMatch(/^events\.json:2: invalid JSON/);
    expect(skipped[1]).toBe("events.json:3: expected a JSON object, found an array");
    expect(skipped[2]).toMatch(/^events\.json:5: invalid JSON/);
  });

  it("reads a line longer than the chunk size", async () => {
    const long = "x".repeat(100_000);
    expect(await readAll(`{"a":"${long}"}\n{"b":"2"}\n`, 4096)).toEqual([{ a: long }, { b: "2" }]);
  });
});
