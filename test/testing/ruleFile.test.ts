import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleFile, parseRuleFile, RuleFileError } from "../../src/testing/ruleFile.js";

const RULE = `name: Many connections
mitre_ids: [T1046]
author: tests
log_sources: [Endpoint]
cql: |
  groupBy(host)
tests:
  - name: counts hosts
    events:
      - { host: a }
      - "a raw line"
    now: 2024-05-06T08:00:00Z
    start: 1714982400000
    lookups: { hosts.csv: data/hosts.csv }
    parameters: { limit: 5 }
    count: 2
    expect:
      - outputEventIndex: 1
        fieldsHaveValues: { _count: 1 }
        fieldsNotPresent: [user]
      - assertions:
          fieldsHaveValues:
            - { fieldName: host, expectedValue: a }
  - name: from a file
    events: events/one.ndjson
    rows: expected.ndjson
    ordered: true
`;

/** Returns the problems of an invalid rule file, each as `line:column: message`. */
function problemsOf(text: string): string[] {
  try {
    parseRuleFile(text, "/rules/rule.yaml");
  } catch (error) {
    if (error instanceof RuleFileError) return error.problems.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`);
    throw error;
  }
  throw new Error("the rule file was accepted");
}

describe("parseRuleFile", () => {
  it("reads metadata and query", () => {
    const rule = parseRuleFile(RULE, "/rules/rule.yaml");
    expect(rule.name).toBe("Many connections");
    expect(rule.metadata.mitre_ids).toEqual(["T1046"]);
    expect(rule.cql).toBe("groupBy(host)\n");
    expect(rule.cqlLine).toBe(6);
  });

  it("reads test options and checks", () => {
    const [test] = parseRuleFile(RULE, "/rules/rule.yaml").tests;
    expect(test?.line).toBe(8);
    expect(test?.events).toEqual({ inline: [{ host: "a" }, "a raw line"] });
    expect(test?.options).toEqual({ now: Date.UTC(2024, 4, 6, 8), start: 1714982400000, parameters: { limit: "5" } });
    expect(test?.lookups).toEqual({ "hosts.csv": "/rules/data/hosts.csv" });
    expect(test?.count).toBe(2);
    expect(test?.ordered).toBe(false);
  });

  it("reads both assertion forms", () => {
    const [test] = parseRuleFile(RULE, "/rules/rule.yaml").tests;
    expect(test?.expect).toEqual([
      { outputEventIndex: 1, fieldsHaveValues: [["_count", "1"]], fieldsNotPresent: ["user"] },
      { outputEventIndex: 1, fieldsHaveValues: [["host", "a"]], fieldsNotPresent: [] },
    ]);
  });

  it("resolves paths against the rule file", () => {
    const test = parseRuleFile(RULE, "/rules/rule.yaml").tests[1];
    expect(test?.events).toEqual({ file: join("/rules", "events/one.ndjson") });
    expect(test?.rows).toEqual({ file: join("/rules", "expected.ndjson") });
    expect(test?.ordered).toBe(true);
  });

  it("keeps __proto__ as an event field", () => {
    const rule = parseRuleFile(`name: x\ncql: "*"\ntests:\n  - name: t\n    events:\n      - { __proto__: polluted, a: "1" }\n    rows:\n      - { __proto__: polluted }\n`, "r.yaml");
    const events = (rule.tests[0]?.events as { inline: Record<string, unknown>[] }).inline;
    expect(Object.keys(events[0] as object)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(events[0])).toBe(Object.prototype);
    expect(Object.keys((rule.tests[0]?.rows as { inline: object[] }).inline[0] as object)).toEqual(["__proto__"]);
  });

  it("accepts null metadata lists", () => {
    const rule = parseRuleFile("name: x\nmitre_ids:\ncql: '*'\n", "r.yaml");
    expect(rule.metadata.mitre_ids).toBeNull();
    expect(rule.tests).toEqual([]);
  });
});

describe("rule file problems", () => {
  it("unknown key has position and hint", () => {
    const problems = problemsOf("name: x\ncql: '*'\ntests:\n  - name: t\n    events: []\n    expected: []\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^6:5: unknown key "expected" in tests\[0\]\. Did you mean "expect"\? Known keys: name, description, events/);
  });

  it("test without checks is rejected", () => {
    expect(problemsOf("name: x\ncql: '*'\ntests:\n  - name: t\n    events: []\n")).toEqual([
      '4:5: test "t" checks nothing: give match, count, expect or rows',
    ]);
  });

  it("missing cql is named", () => {
    expect(problemsOf("name: x\n")).toEqual(["1:1: missing cql"]);
  });

  it("wrong types name the path", () => {
    const [problem] = problemsOf("name: x\ncql: '*'\ntests:\n  - name: t\n    events: []\n    count: many\n");
    expect(problem).toMatch(/^6:12: tests\[0\]\.count: /);
  });

  it("invalid time is rejected", () => {
    expect(problemsOf("name: x\ncql: '*'\ntests:\n  - name: t\n    events: []\n    match: true\n    now: yesterday\n")).toEqual([
      '7:10: invalid now "yesterday": expected epoch milliseconds or an ISO-8601 time such as 2024-05-06T08:00:00Z',
    ]);
  });

  it("invalid YAML has its position", () => {
    const [problem] = problemsOf("name: x\ncql: [\n");
    expect(problem).toMatch(/^\d+:\d+: invalid YAML: /);
  });

  it("duplicate keys are rejected", () => {
    const [problem] = problemsOf("name: x\nname: y\ncql: '*'\n");
    expect(problem).toMatch(/invalid YAML: .*unique/i);
  });
});

describe("loadRuleFile", () => {
  it("reports a missing file", async () => {
    await expect(loadRuleFile("/nonexistent/rule.yaml")).rejects.toThrow("/nonexistent/rule.yaml: cannot read the rule file: file not found");
  });
});
