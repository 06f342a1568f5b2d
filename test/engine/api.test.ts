import { describe, expect, it } from "vitest";
import { compile, CqlQueryError, CqlSyntaxError, parse } from "../../src/index.js";

describe("parse", () => {
  it("returns the syntax tree", () => {
    expect(parse("a=1").pipeline.steps[0]?.kind).toBe("FieldTest");
  });

  it("throws CqlSyntaxError", () => {
    expect(() => parse("a=(")).toThrow(CqlSyntaxError);
  });
});

describe("compile", () => {
  it("throws CqlQueryError for an unknown function", () => {
    expect(() => compile("nosuch()")).toThrow(CqlQueryError);
  });

  it("keeps the text and tree", () => {
    const query = compile("a=1");
    expect(query.text).toBe("a=1");
    expect(query.ast.kind).toBe("Query");
  });
});

describe("run", () => {
  it("returns plain objects of strings", () => {
    const { events } = compile("n := x * 2").run([{ x: 2 }]);
    expect(events).toEqual([{ x: "2", n: "4" }]);
  });

  it("never changes the input", () => {
    const input = [{ a: "1", nested: { b: 2 } }];
    const copy = structuredClone(input);
    compile('a := "changed" | drop(nested.b)').run(input);
    expect(input).toEqual(copy);
  });

  it("runs the same compiled query twice with the same result", () => {
    const query = compile("groupBy(a)");
    const events = [{ a: "x" }, { a: "x" }];
    expect(query.run(events).events).toEqual(query.run(events).events);
  });

  it("applies tags and timestampField", () => {
    const { events } = compile("#kind=a").run([{ kind: "a", t: 1700000000 }, { kind: "b" }], { tags: ["kind"], timestampField: "t" });
    expect(events).toEqual([{ kind: "a", t: "1700000000", "#kind": "a", "@timestamp": "1700000000000" }]);
  });

  it("reports warnings", () => {
    const { warnings } = compile("groupBy(a, limit=1)").run([{ a: "1" }, { a: "2" }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/groupBy\(\).*limit/);
  });

  it("takes ?param values at run time", () => {
    const query = compile("a = ?want");
    expect(query.run([{ a: "x" }, { a: "y" }], { parameters: { want: "y" } }).events).toEqual([{ a: "y" }]);
  });

  it("rejects a run without a needed ?param", () => {
    expect(() => compile("a = ?want").run([])).toThrow(/missing value for the query parameter \?want/);
  });

  it("builds only needed fields when the output cannot carry others", () => {
    const { events } = compile("groupBy(a)").run([{ a: "1", wide: "x".repeat(10) }]);
    expect(events).toEqual([{ a: "1", _count: "1" }]);
  });

  it("keeps __proto__ as an ordinary output field", () => {
    const { events } = compile("*").run([JSON.parse('{"__proto__": "p", "a": "1"}')]);
    expect(Object.getOwnPropertyDescriptor(events[0], "__proto__")?.value).toBe("p");
  });
});

describe("stream", () => {
  async function* source(items: Record<string, unknown>[]) {
    for (const item of items) {
      yield item;
    }
  }

  it("yields filter output as the input arrives", async () => {
    const query = compile("a=1");
    const seen: string[] = [];
    const input = (async function* () {
      yield { a: "1", id: "first" };
      seen.push("after first");
      yield { a: "2", id: "second" };
      yield { a: "1", id: "third" };
    })();

    for await (const event of query.stream(input)) {
      seen.push(event.id as string);
    }
    expect(seen).toEqual(["first", "after first", "third"]);
  });

  it("yields aggregates at the end", async () => {
    const rows = [];
    for await (const row of compile("count()").stream(source([{}, {}, {}]))) {
      rows.push(row);
    }
    expect(rows).toEqual([{ _count: "3" }]);
  });

  it("reports warnings through onWarning", async () => {
    const warnings: string[] = [];
    for await (const row of compile("groupBy(a, limit=1)").stream(source([{ a: "1" }, { a: "2" }]), { onWarning: (message) => warnings.push(message) })) {
      void row;
    }
    expect(warnings).toHaveLength(1);
  });

  it("accepts a synchronous iterable", async () => {
    const rows = [];
    for await (const row of compile("a=1").stream([{ a: "1" }, { a: "2" }])) {
      rows.push(row);
    }
    expect(rows).toEqual([{ a: "1" }]);
  });
});

describe("query parameters in function arguments", () => {
  it("read each run's values over the default", () => {
    const query = compile("in(f, values=[?{want=a}])");
    const events = [{ f: "a" }, { f: "b" }];
    expect(query.run(events).events).toEqual([{ f: "a" }]);
    expect(query.run(events, { parameters: { want: "b" } }).events).toEqual([{ f: "b" }]);
  });
});
