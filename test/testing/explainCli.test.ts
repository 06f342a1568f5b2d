import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cql, ndjson, tempFiles } from "./helpers.js";

const example = (name: string) => fileURLToPath(new URL(`../../examples/high-port-count/${name}`, import.meta.url));

describe("cql explain on the example rule", () => {
  it("names the dropping stage of each test", async () => {
    const run = await cql(["explain", example("rule.yaml")]);
    expect(run.status).toBe(0);

    const sections = run.stdout.split(/^(?=Test ")/m);
    expect(sections[0]).toMatch(/^Test "a connect scan fires":\n/);
    expect(sections[0]).toContain("The query produced 1 output event.");
    expect(sections[1]).toMatch(/^Test "25 connections do not fire":\n/);
    expect(sections[1]).toContain('Dropped at stage 9 test (line 7): test(uniquePortCount>25) is false for this event (uniquePortCount="25")');
    expect(sections[2]).toMatch(/^Test "a process without ProcessRollup2 does not fire":\n/);
    expect(sections[2]).toContain(
      "Dropped at stage 6 selfJoinFilter (line 4): no ProcessRollup2 event with aid=c41a7e2b9d3f4a8c8e1b5f6a7d2c3b94, falconPID=4300000002216",
    );
  });

  it("follows a chosen event of one test", async () => {
    const run = await cql(["explain", example("rule.yaml"), "--test", "a connect scan fires", "--event", "2"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Following input event 2 (NetworkConnectIP4, aid="3f0c9a51d2e84b7c9a6e1f2d3c4b5a69"');
    expect(run.stdout).toContain("It reached the output: output event 0 (counting from 0).");
  });

  it("rejects an unknown test name", async () => {
    const run = await cql(["explain", example("rule.yaml"), "--test", "nope"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has no test "nope"; its tests: "a connect scan fires", /);
  });
});

describe("cql explain on a query file", () => {
  it("prints stages and follows --where", async () => {
    const run = await cql(["explain", example("query.cql"), example("tests/no-process-event.ndjson"), "--where", "LocalPort=49705"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^stage {2}in {2}out {2}step\n {4}1 {2}41 {2}40 {2}#event_simpleName=/);
    expect(run.stdout).toContain("Following input event 7 (NetworkConnectIP4");
    expect(run.stdout).toContain("Dropped at stage 6 selfJoinFilter (line 4): no ProcessRollup2 event");
  });

  it("prints JSON", async () => {
    const directory = await tempFiles({ "events.ndjson": ndjson([{ a: "1" }, { a: "2" }]) });
    const run = await cql(["explain", "-q", "a=2", `${directory}/events.ndjson`, "--event", "1", "--format", "json"]);
    const explanation = JSON.parse(run.stdout) as { stages: { in: number; out: number }[]; trace: { droppedAt: { reason: string } } };
    expect(explanation.stages).toEqual([{ stage: 1, name: "filter", text: "a=2", line: 1, in: 2, out: 1 }]);
    expect(explanation.trace.droppedAt.reason).toBe('a=2 is false for this event (a="1")');
  });

  it("reports an event number past the input", async () => {
    const directory = await tempFiles({ "events.ndjson": ndjson([{ a: "1" }]) });
    const run = await cql(["explain", "-q", "*", `${directory}/events.ndjson`, "--event", "3"]);
    expect(run.stdout).toContain("No event to follow: there is no input event 3: the input holds 1.");
  });

  it("rejects a bad event number", async () => {
    const run = await cql(["explain", "-q", "*", "--event", "0"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('invalid --event "0"');
  });

  it("reports a query error", async () => {
    const run = await cql(["explain", "-q", "groupBy(", "/dev/null"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/<query>:1:\d+: /);
  });
});
