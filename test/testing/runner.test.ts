import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleFile } from "../../src/testing/ruleFile.js";
import { runRuleTests } from "../../src/testing/runner.js";
import { ndjson, tempFiles } from "./helpers.js";

async function run(files: Record<string, string>) {
  const directory = await tempFiles(files);
  return runRuleTests(await loadRuleFile(join(directory, "rule.yaml")));
}

describe("runRuleTests", () => {
  it("passes and fails tests with field diffs", async () => {
    const results = await run({
      "rule.yaml": `name: hosts
cql: groupBy(host)
tests:
  - name: right
    events: [{ host: a }, { host: a }]
    expect: [{ fieldsHaveValues: { host: a, _count: "2" } }]
  - name: wrong
    events: [{ host: a }]
    expect: [{ fieldsHaveValues: { _count: "2" } }]
`,
    });

    expect(results.map((result) => result.passed)).toEqual([true, false]);
    expect(results[1]?.failures).toEqual(['output event 0: field _count: expected "2", got "1"']);
    expect(results[1]?.output).toEqual([{ host: "a", _count: "1" }]);
  });

  it("reads events and rows files", async () => {
    const results = await run({
      "rule.yaml": "name: hosts\ncql: groupBy(host)\ntests:\n  - name: files\n    events: data/events.ndjson\n    rows: data/rows.ndjson\n",
      "data/events.ndjson": ndjson([{ host: "b" }, { host: "a" }, { host: "b" }]),
      "data/rows.ndjson": ndjson([{ host: "a", _count: "1" }, { host: "b", _count: "2" }]),
    });

    expect(results[0]?.failures).toEqual([]);
  });

  it("applies the test's run options", async () => {
    const results = await run({
      "rule.yaml": `name: params
cql: host=?host
tests:
  - name: parameter and tag
    events: [{ host: a, kind: x }, { host: b, kind: y }]
    parameters: { host: b }
    tags: [kind]
    rows: [{ host: b, kind: y, "#kind": y }]
`,
    });

    expect(results[0]?.failures).toEqual([]);
  });

  it("reads lookup files and the time", async () => {
    const results = await run({
      "rule.yaml": `name: owners
cql: |
  match(file="hosts.csv", field=host)
  | seen := now()
tests:
  - name: lookup and now
    events: [{ host: a }, { host: z }]
    now: 2024-05-06T08:00:00Z
    lookups: { hosts.csv: lookups/hosts.csv }
    rows: [{ host: a, owner: alice, seen: "1714982400000" }]
`,
      "lookups/hosts.csv": "host,owner\na,alice\n",
    });

    expect(results[0]?.failures).toEqual([]);
  });

  it("reports a query that does not compile", async () => {
    const results = await run({
      "rule.yaml": "name: broken\ncql: |\n  groupBy(host, limit=none)\ntests:\n  - name: a\n    events: []\n    match: false\n  - name: b\n    events: []\n    match: false\n",
    });

    expect(results.map((result) => result.passed)).toEqual([false, false]);
    expect(results[0]?.failures[0]).toMatch(/^the query does not compile \(it starts at line 3 of the rule file\):\n.*rule\.yaml \(cql\):1:/);
  });

  it("reports a missing events file", async () => {
    const results = await run({ "rule.yaml": "name: x\ncql: '*'\ntests:\n  - name: t\n    events: missing.ndjson\n    match: true\n" });
    expect(results[0]?.failures).toEqual([expect.stringMatching(/^cannot read the test data: .*missing\.ndjson: file not found$/)]);
  });

  it("reports an invalid events file with its line", async () => {
    const results = await run({
      "rule.yaml": "name: x\ncql: '*'\ntests:\n  - name: t\n    events: bad.ndjson\n    match: true\n",
      "bad.ndjson": '{"a": 1}\n{"a": \n',
    });
    expect(results[0]?.failures[0]).toMatch(/bad\.ndjson:2: /);
  });

  it("keeps the run's warnings", async () => {
    const results = await run({
      "rule.yaml": "name: x\ncql: collect(a, limit=1)\ntests:\n  - name: t\n    events: [{ a: '1' }, { a: '2' }]\n    match: true\n",
    });
    expect(results[0]?.warnings).toEqual([expect.stringContaining("collect()")]);
  });
});
