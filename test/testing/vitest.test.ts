import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { loadRuleFile } from "../../src/testing/vitest.js";

const rulePath = fileURLToPath(new URL("../../examples/high-port-count/rule.yaml", import.meta.url));
const events = [{ host: "a" }, { host: "a" }, { host: "b" }];

/** Returns the message of a failed assertion. */
function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the assertion passed");
}

describe("toMatchEvents", () => {
  it("passes on output", () => {
    expect("host=a").toMatchEvents(events);
    expect(compile("host=c")).not.toMatchEvents(events);
  });

  it("explains a missing match", () => {
    const message = failureOf(() => expect("host=a | groupBy(host) | _count > 2").toMatchEvents(events));
    expect(message).toMatch(/^expected the query to match, but it produced no output\n\nstage {2}in {2}out {2}step\n/);
    expect(message).toContain('Dropped at stage 3 filter (line 1): _count > 2 is false for this event (_count="2")');
  });

  it("names the first event of an unwanted match", () => {
    const message = failureOf(() => expect("host=b").not.toMatchEvents(events));
    expect(message).toBe('expected the query not to match, but it produced 1 event; the first: { "host": "b" }');
  });

  it("takes a loaded rule", async () => {
    const rule = await loadRuleFile(rulePath);
    expect(rule).not.toMatchEvents(events);
  });

  it("rejects other subjects", () => {
    expect(() => expect(42).toMatchEvents(events)).toThrow("toMatchEvents() expects query text, a compiled query or a rule from loadRuleFile(), got number");
  });

  it("reports a query that does not compile", () => {
    expect(() => expect("groupBy(").toMatchEvents(events)).toThrow(/^the query does not compile:\n/);
  });
});

describe("toProduce", () => {
  it("compares rows as a multiset", () => {
    const query = compile("groupBy(host)");
    expect(query).toProduce([{ host: "b", _count: "1" }, { host: "a", _count: "2" }], { events });
    expect(query.run(events)).toProduce([{ host: "a", _count: "2" }, { host: "b", _count: "1" }], { ordered: true });
  });

  it("shows the first differing field", () => {
    const message = failureOf(() => expect(compile("groupBy(host)").run(events)).toProduce([{ host: "a", _count: "3" }, { host: "b", _count: "1" }]));
    expect(message).toBe('expected the query to produce the given rows, but row 0: field _count: expected "3", got "2"\n  - row 0: field _count: expected "3", got "2"');
  });

  it("compares listed fields when partial", () => {
    expect([{ host: "a", _count: "2" }]).toProduce([{ host: "a" }], { partial: true });
    expect([{ host: "a", _count: "2" }]).not.toProduce([{ host: "a" }]);
  });

  it("needs events for a query", () => {
    expect(() => expect("groupBy(host)").toProduce([])).toThrow("toProduce() needs { events } to run a query");
  });
});
