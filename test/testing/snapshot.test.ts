import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleFile } from "../../src/testing/ruleFile.js";
import { DataCache, runRuleTests } from "../../src/testing/runner.js";
import { updateSnapshots } from "../../src/testing/snapshot.js";
import { tempFiles } from "./helpers.js";

const RULE = `# rule comment
name: hosts
cql: |
  groupBy(host) // per host
tests:
  - name: inline   # keep me
    events: [{ host: a }, { host: a }, { host: b }]
    rows: []
  - name: file
    events: [{ host: "443" }]
    rows: out.ndjson
  - name: no rows
    events: [{ host: c }]
    match: true
  - name: up to date
    events: [{ host: d }]
    rows: [{ host: d, _count: "1" }]
`;

async function updated() {
  const directory = await tempFiles({ "rule.yaml": RULE });
  const cache = new DataCache();
  const results = await runRuleTests(await loadRuleFile(join(directory, "rule.yaml")), cache);
  const updates = await updateSnapshots(results, cache);
  return { directory, updates };
}

describe("updateSnapshots", () => {
  it("updates only tests whose rows differ", async () => {
    const { updates } = await updated();
    expect(updates.map((update) => update.result.test.name)).toEqual(["inline", "file"]);
    expect(updates[0]?.changes[0]).toBe("expected 0 rows, got 2 output events");
  });

  it("writes inline rows and keeps comments", async () => {
    const { directory } = await updated();
    const text = await readFile(join(directory, "rule.yaml"), "utf8");
    expect(text).toContain("# rule comment");
    expect(text).toContain("groupBy(host) // per host");
    expect(text).toContain('    rows:\n      - { host: "a", _count: "2" }\n      - { host: "b", _count: "1" }\n');
  });

  it("rewritten rule passes", async () => {
    const { directory } = await updated();
    const results = await runRuleTests(await loadRuleFile(join(directory, "rule.yaml")));
    expect(results.map((result) => result.failures)).toEqual([[], [], [], []]);
  });

  it("creates a missing rows file", async () => {
    const { directory } = await updated();
    expect(await readFile(join(directory, "out.ndjson"), "utf8")).toBe('{"host":"443","_count":"1"}\n');
  });

  it("leaves an unreadable rows file alone", async () => {
    const directory = await tempFiles({
      "rule.yaml": "name: x\ncql: '*'\ntests:\n  - name: t\n    events: [{ a: '1' }]\n    rows: bad.ndjson\n",
      "bad.ndjson": "not json\n",
    });
    const cache = new DataCache();
    const results = await runRuleTests(await loadRuleFile(join(directory, "rule.yaml")), cache);
    expect(await updateSnapshots(results, cache)).toEqual([]);
    expect(await readFile(join(directory, "bad.ndjson"), "utf8")).toBe("not json\n");
  });
});
