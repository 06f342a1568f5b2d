import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile, type Explanation, type InputEvent } from "../../src/index.js";

const example = (name: string) => fileURLToPath(new URL(`../../examples/high-port-count/${name}`, import.meta.url));
const highPortCount = compile(readFileSync(example("query.cql"), "utf8"));

function ndjsonEvents(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

function explain(query: string, events: InputEvent[], event?: number): Explanation {
  const result = compile(query).run(events, { explain: event === undefined ? true : { event } });
  return result.explanation!;
}

describe("explain on the high-port-count tests", () => {
  it("scanner reaches the output", () => {
    const result = highPortCount.run(ndjsonEvents(example("tests/scanner.ndjson")), { explain: { event: 5 } });
    const trace = result.explanation?.trace;
    expect(trace?.outcome).toBe("output");
    expect(trace?.outputRows).toEqual([0]);
    expect(trace?.steps.find((step) => step.stage === 7)).toEqual({
      stage: 7,
      part: "groupBy()",
      result: "aggregated",
      detail: 'into the row aid="3f0c9a51d2e84b7c9a6e1f2d3c4b5a69", ComputerName="FIN-WKS-0207", falconPID="4300000051234"',
    });
  });

  it("25 connections drop at test()", () => {
    const trace = highPortCount.run(ndjsonEvents(example("tests/twenty-five-connections.ndjson")), { explain: true }).explanation?.trace;
    expect(trace?.chosen).toBe("furthest");
    expect(trace?.droppedAt).toEqual({
      stage: 9,
      name: "test",
      reason: 'test(uniquePortCount>25) is false for this event (uniquePortCount="25")',
    });
  });

  it("missing ProcessRollup2 drops at selfJoinFilter", () => {
    const trace = highPortCount.run(ndjsonEvents(example("tests/no-process-event.ndjson")), { explain: true }).explanation?.trace;
    expect(trace?.input).toBe(1);
    expect(trace?.droppedAt).toEqual({
      stage: 6,
      name: "selfJoinFilter",
      reason: "no ProcessRollup2 event with aid=c41a7e2b9d3f4a8c8e1b5f6a7d2c3b94, falconPID=4300000002216",
    });
  });

  it("counts events per stage", () => {
    const stages = highPortCount.run(ndjsonEvents(example("tests/no-process-event.ndjson")), { explain: true }).explanation?.stages;
    // 41 events: one SyntheticProcessRollup2, which the first filter drops, and 40 connections.
    expect(stages?.map((stage) => [stage.stage, stage.in, stage.out])).toEqual([
      [1, 41, 40],
      [2, 40, 40],
      [3, 40, 40],
      [4, 40, 40],
      [5, 40, 40],
      [6, 40, 0],
      [7, 0, 0],
      [8, 0, 0],
      [9, 0, 0],
    ]);
    expect(stages?.[5]).toMatchObject({ name: "selfJoinFilter", line: 4 });
  });

  it("gives the output of an ordinary run", () => {
    const events = ndjsonEvents(example("events.ndjson"));
    const ordinary = highPortCount.run(events);
    const explained = highPortCount.run(events, { explain: true });
    expect(explained.events).toEqual(ordinary.events);
    expect(explained.warnings).toEqual(ordinary.warnings);
    expect(explained.explanation?.trace).toBeUndefined();
  });
});

describe("explain drop reasons", () => {
  it("names the failing operand of and", () => {
    const trace = explain("a=* b=*", [{ a: "1" }], 0).trace;
    expect(trace?.steps.map((step) => `${step.part}: ${step.result}`)).toEqual(["a=*: passed", "b=*: dropped"]);
    expect(trace?.droppedAt?.reason).toBe("b=* is false for this event (b is missing)");
  });

  it("groupBy without a key field", () => {
    const trace = explain("groupBy([host, user])", [{ host: "a" }, { host: "a", user: "x" }], 0).trace;
    expect(trace?.droppedAt).toEqual({ stage: 1, name: "groupBy", reason: "the event has no user, so groupBy() puts it in no group" });
  });

  it("selfJoinFilter without a key field", () => {
    const trace = explain("selfJoinFilter(field=[k], where=[{t=a}, {t=b}])", [{ t: "a" }], 0).trace;
    expect(trace?.droppedAt?.reason).toBe("the event has no k, so it has no key to join on");
  });

  it("selfJoinFilter names every missing clause", () => {
    const trace = explain("selfJoinFilter(field=k, where=[{t=a}, {t=b}, {u=*}])", [{ k: "1", t: "c" }], 0).trace;
    expect(trace?.droppedAt?.reason).toBe("no event matching {t=a} and no event matching {t=b} and no event matching {u=*} with k=1");
  });

  it("case with no matching branch", () => {
    const trace = explain("case { a=1 | x := 1 ; b=1 }", [{ a: "2" }], 0).trace;
    expect(trace?.droppedAt?.reason).toBe("no branch of the case statement kept the event");
  });

  it("head beyond its limit", () => {
    const trace = explain("head(1)", [{ a: "1" }, { a: "2" }], 1).trace;
    expect(trace?.droppedAt?.stage).toBe(1);
    expect(trace?.droppedAt?.reason).toBe("head(1) made no row from the event");
  });
});

describe("explain following", () => {
  it("sort re-emits the same event", () => {
    const trace = explain("sort(n, order=asc) | n > 1", [{ n: "3" }, { n: "1" }], 0).trace;
    expect(trace?.outcome).toBe("output");
    expect(trace?.outputRows).toEqual([0]);
  });

  it("count() row comes from every event", () => {
    const trace = explain("count() | _count > 5", [{ a: "1" }, { a: "2" }], 1).trace;
    expect(trace?.steps.map((step) => step.result)).toEqual(["aggregated", "dropped"]);
    expect(trace?.droppedAt?.reason).toBe('_count > 5 is false for this event (_count="2")');
  });

  it("assignment changes are noted", () => {
    const trace = explain("x := a + 1", [{ a: "1" }], 0).trace;
    expect(trace?.steps).toEqual([{ stage: 1, part: "x := a + 1", result: "passed", detail: 'set x="2"' }]);
  });

  it("chooses an event with a test", () => {
    const result = compile("a=2").run([{ a: "1" }, { a: "2" }], { explain: { event: (input) => (input as { a: string }).a === "2" } });
    expect(result.explanation?.trace?.input).toBe(1);
    expect(result.explanation?.trace?.outcome).toBe("output");
  });

  it("reports an event number past the input", () => {
    const explanation = explain("*", [{ a: "1" }], 4);
    expect(explanation.trace).toBeUndefined();
    expect(explanation.traceProblem).toBe("there is no input event 5: the input holds 1");
  });

  it("explain false runs as usual", () => {
    expect(compile("*").run([{ a: "1" }], { explain: false }).explanation).toBeUndefined();
  });

  it("__proto__ fields are ordinary fields", () => {
    const event = JSON.parse('{"__proto__": "x", "a": "1"}') as Record<string, unknown>;
    const trace = explain("__proto__=y", [event], 0).trace;
    expect(trace?.droppedAt?.reason).toBe('__proto__=y is false for this event (__proto__="x")');
  });
});
