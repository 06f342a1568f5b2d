import { describe, expect, it } from "vitest";
import { cloneEvent, fromJson, originalOf, rememberOriginal, TimestampErrors, toPlainObject, type JsonValue } from "../../src/engine/event.js";
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

  it("reads ISO-8601 with a space, a fraction or an offset", () => {
    // 2021-10-01T00:00:00Z is 18,901 days after 1970-01-01: 18901 * 86400000 = 1633046400000.
    const read = (t: string) => fromJson({ t }, { timestampField: "t" }).get("@timestamp");
    expect(read("2021-10-01 00:00:00.000Z")).toBe("1633046400000");
    expect(read("2021-10-01T00:00:00.1234567Z")).toBe("1633046400123");
    expect(read("2021-10-01T02:00:00+02:00")).toBe("1633046400000");
    expect(read("2021-10-01T02:00+0200")).toBe("1633046400000");
    expect(read("2021-09-30 19:00:00-05")).toBe("1633046400000");
  });

  it("marks an unreadable time as LogScale parsers do", () => {
    const invalid = ["yesterday", "", "2021-10-01", "2021-10-01T00:00:00", "2021-02-29T00:00:00Z", "1e300"];
    for (const t of invalid) {
      const event = fromJson({ t, "@timestamp": "5" }, { timestampField: "t" });
      expect(event.get("@timestamp"), t).toBe("5");
      expect(event.get("@error"), t).toBe("true");
      expect(event.get("@error_msg"), t).toBe("could not parse a timestamp in field t");
    }
  });

  it("reports each unreadable time", () => {
    const seen: string[] = [];
    const report = { invalidTimestamp: (text: string) => seen.push(text) };
    fromJson({ t: "later" }, { timestampField: "t" }, report);
    fromJson({ t: "1700000000" }, { timestampField: "t" }, report);
    fromJson({ other: "x" }, { timestampField: "t" }, report);
    expect(seen).toEqual(["later"]);
  });

  it("counts unreadable times in one warning", () => {
    const errors = new TimestampErrors();
    expect(errors.warning("t")).toBeUndefined();
    errors.invalidTimestamp("later");
    errors.invalidTimestamp("never");
    expect(errors.warning("t")).toMatch(/^2 events have a value in field "t" that is not a timestamp \(the first: "later"\)/);
  });

  it("flattens any nesting depth", () => {
    let value: JsonValue = "leaf";
    for (let depth = 0; depth < 100_000; depth++) value = depth % 2 === 0 ? [value] : { k: value };
    const [name] = [...fromJson({ x: value }).keys()];
    // 50,000 levels of "[0]" and 50,000 of ".k" after "x".
    expect(name!.length).toBe(1 + 50_000 * 3 + 50_000 * 2);
  });

  it("flattens a shared object at each place", () => {
    const shared = { v: "1" };
    expect(Object.fromEntries(fromJson({ a: shared, b: [shared] } as never))).toEqual({ "a.v": "1", "b[0].v": "1" });
  });

  it.each([
    ["a Date", { d: new Date(0) }, 'field "d" is a Date object, which is not JSON data'],
    ["a Map event", new Map([["a", "1"]]), "the event is a Map object, which is not JSON data"],
    ["a nested class instance", { a: [{ b: new (class Point {})() }] }, 'field "a[0].b" is a Point object'],
    ["NaN", { n: Number.NaN }, 'field "n" is NaN, which JSON cannot represent'],
    ["Infinity", { a: { n: -Infinity } }, 'field "a.n" is -Infinity, which JSON cannot represent'],
    ["a function", { f: () => 1 }, 'field "f" is a function, which is not JSON data'],
    ["a symbol", { s: Symbol("s") }, 'field "s" is a symbol, which is not JSON data'],
  ])("rejects %s", (_, input, message) => {
    expect(() => fromJson(input as never)).toThrow(message);
    expect(() => fromJson(input as never)).toThrow(CqlRuntimeError);
  });

  it("rejects a value it does not build", () => {
    expect(() => fromJson({ a: "1", f: () => 1 } as never, { fields: new Set(["a"]) })).toThrow('field "f" is a function');
  });

  it("rejects a cycle", () => {
    const looped: Record<string, unknown> = { a: "1" };
    looped.inner = { back: looped };
    expect(() => fromJson(looped as never)).toThrow(/^field "inner\.back\.inner\.back.*" contains itself \(a circular reference\)/);
  });

  it("reports a getter that throws", () => {
    const input = { get secret(): string { throw new Error("denied"); } };
    expect(() => fromJson(input as never)).toThrow('field "secret" could not be read: denied');
  });

  it("writes a bigint as its decimal text", () => {
    expect(fromJson({ n: 2n ** 64n } as never).get("n")).toBe("18446744073709551616");
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
