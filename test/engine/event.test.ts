import { describe, expect, it } from "vitest";
import { cloneEvent, fromJson, originalOf, rememberOriginal, toPlainObject } from "../../src/engine/event.js";
import { CqlRuntimeError } from "../../src/errors/index.js";

describe("fromJson", () => {
  it("flattens objects and arrays", () => {
    const event = fromJson({ a: { b: { c: "x" } }, list: [1, { name: "n" }], nested: [[true]] });
    expect(Object.fromEntries(event)).toEqual({ "a.b.c": "x", "list[0]": "1", "list[1].name": "n", "nested[0][0]": "true" });
  });

  it("writes numbers and booleans as JSON text and null as null", () => {
    const event = fromJson({ n: 7, f: 0.5, t: false, z: null });
    expect(Object.fromEntries(event)).toEqual({ n: "7", f: "0.5", t: "false", z: "null" });
  });

  it("prints a parsed JSON number by its value, not its spelling", () => {
    expect(fromJson(JSON.parse('{"n": 7.0, "e": 1e3}')).get("n")).toBe("7");
    expect(fromJson(JSON.parse('{"n": 7.0, "e": 1e3}')).get("e")).toBe("1000");
  });

  it("keeps an empty string as a present field", () => {
    expect(fromJson({ e: "" }).has("e")).toBe(true);
  });

  it("leaves out undefined members", () => {
    expect(fromJson({ a: undefined, b: "1" } as never).has("a")).toBe(false);
  });

  it("does not change its input", () => {
    const input = { a: { b: 1 }, "#t": "x" };
    const copy = structuredClone(input);
    fromJson(input, { tags: ["a.b"], timestampField: "a.b" });
    expect(input).toEqual(copy);
  });

  it("treats __proto__ as an ordinary field", () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "c"}');
    const event = fromJson(input);
    expect(event.get("__proto__.polluted")).toBe("yes");
    expect(event.get("constructor")).toBe("c");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("turns a string into @rawstring", () => {
    expect(Object.fromEntries(fromJson("a line"))).toEqual({ "@rawstring": "a line" });
  });

  it("adds tags and keeps the field", () => {
    const event = fromJson({ event_simpleName: "ProcessRollup2" }, { tags: ["event_simpleName"] });
    expect(event.get("#event_simpleName")).toBe("ProcessRollup2");
    expect(event.get("event_simpleName")).toBe("ProcessRollup2");
  });

  it("reads epoch seconds and milliseconds as @timestamp", () => {
    // 1700000000 s is below 1e11, so seconds; 1700000000123 is milliseconds.
    expect(fromJson({ t: 1700000000 }, { timestampField: "t" }).get("@timestamp")).toBe("1700000000000");
    expect(fromJson({ t: "1700000000.25" }, { timestampField: "t" }).get("@timestamp")).toBe("1700000000250");
    expect(fromJson({ t: 1700000000123 }, { timestampField: "t" }).get("@timestamp")).toBe("1700000000123");
  });

  it("reads an ISO-8601 time with a zone", () => {
    expect(fromJson({ t: "2023-11-14T22:13:20Z" }, { timestampField: "t" }).get("@timestamp")).toBe("1700000000000");
  });

  it("rejects an unreadable time", () => {
    expect(() => fromJson({ t: "yesterday" }, { timestampField: "t" })).toThrow(CqlRuntimeError);
  });

  it("builds only the wanted fields", () => {
    const event = fromJson({ a: "1", b: "2", c: { d: "3" } }, { fields: new Set(["a", "c.d"]) });
    expect(Object.fromEntries(event)).toEqual({ a: "1", "c.d": "3" });
  });

  it("builds wanted top-level fields by lookup", () => {
    const event = fromJson({ a: "1", b: "2", c: { d: "3" } }, { fields: new Set(["a", "c", "__proto__"]) });
    expect(Object.fromEntries(event)).toEqual({ a: "1" });
  });
});

describe("toPlainObject", () => {
  it("makes __proto__ an own property", () => {
    const result = toPlainObject(new Map([["__proto__", "x"], ["a", "1"]]));
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result, "__proto__")?.value).toBe("x");
    expect(Object.keys(result)).toEqual(["__proto__", "a"]);
  });
});

describe("original events", () => {
  it("keeps the input copy across clones", () => {
    const event = fromJson({ a: "1" });
    rememberOriginal(event);
    event.set("a", "2");
    const copy = cloneEvent(event);
    expect(originalOf(copy).get("a")).toBe("1");
    expect(copy.get("a")).toBe("2");
  });

  it("returns the event itself without a copy", () => {
    const event = fromJson({ a: "1" });
    expect(originalOf(event)).toBe(event);
  });
});
