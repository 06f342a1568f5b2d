import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cql, tempFiles } from "./helpers.js";

const examples = fileURLToPath(new URL("../../examples", import.meta.url));

/** Copies the examples folder, so a test can change the copy. */
async function copyOfExamples(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), "cql-examples-"));
  await cp(examples, directory, { recursive: true });
  return directory;
}

describe("cql test on the examples", () => {
  it("passes every rule test", async () => {
    const run = await cql(["test", examples]);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toContain("FAIL");
    expect(run.stdout).toMatch(/^13 passed, 0 failed$/m);
    expect(run.status).toBe(0);
  });

  it("fails with a diff naming the changed field", async () => {
    const directory = await copyOfExamples();
    const rule = join(directory, "high-port-count/rule.yaml");
    const text = await readFile(rule, "utf8");
    await writeFile(rule, text.replace('uniquePortCount: "30"', 'uniquePortCount: "31"'));

    const run = await cql(["test", directory]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^FAIL {2}.*high-port-count\/rule\.yaml:\d+ > a connect scan fires/m);
    expect(run.stdout).toContain('    - output event 0: field uniquePortCount: expected "31", got "30"');
    expect(run.stdout).toMatch(/^12 passed, 1 failed$/m);
  });

  it("fails when a row of an expected file changes", async () => {
    const directory = await copyOfExamples();
    const rows = join(directory, "high-port-count/expected.ndjson");
    await writeFile(rows, (await readFile(rows, "utf8")).replace('"remoteIPcount":"13"', '"remoteIPcount":"12"'));

    const run = await cql(["test", join(directory, "high-port-count")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/- row \d+: field remoteIPcount: expected "12", got "13"/);
  });
});

describe("cql test", () => {
  it("writes a JUnit report", async () => {
    const directory = await tempFiles({ "rule.yaml": "name: r\ncql: '*'\ntests:\n  - name: t\n    events: [{ a: '1' }]\n    match: false\n" });
    const report = join(directory, "junit.xml");
    const run = await cql(["test", directory, "--reporter", "junit", report]);

    expect(run.status).toBe(1);
    expect(await readFile(report, "utf8")).toContain('<testcase name="t"');
  });

  it("reports an invalid rule file and counts it", async () => {
    const directory = await tempFiles({ "rule.yaml": "name: r\ncql: '*'\ntests:\n  - name: t\n    event: []\n" });
    const run = await cql(["test", directory]);

    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ERROR .*rule\.yaml: invalid rule file$/m);
    expect(run.stdout).toMatch(/rule\.yaml:5:5: unknown key "event" in tests\[0\]\. Did you mean "events"\?/);
    expect(run.stdout).toMatch(/^0 passed, 1 failed$/m);
  });

  it("updates snapshots and says so", async () => {
    const directory = await tempFiles({ "rule.yaml": "name: r\ncql: groupBy(a)\ntests:\n  - name: t\n    events: [{ a: x }]\n    rows: []\n" });
    const run = await cql(["test", directory, "--update"]);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^UPDATED .*rule\.yaml > t: wrote 1 row to .*rule\.yaml; the old rows differed:$/m);
    expect(run.stdout).toMatch(/^PASS {2}.* > t /m);
    expect(await readFile(join(directory, "rule.yaml"), "utf8")).toContain('rows:\n      - { a: "x", _count: "1" }');
  });

  it("exits 1 when it finds no tests", async () => {
    const directory = await tempFiles({ "notes.yaml": "a: 1\n" });
    const run = await cql(["test", directory]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no rule tests found");
  });

  it("rejects an unknown reporter", async () => {
    const run = await cql(["test", "--reporter", "tap", "out.tap"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('invalid --reporter "tap"');
  });

  it("reports a missing path", async () => {
    const run = await cql(["test", "/nonexistent/rules"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("cql test: /nonexistent/rules: no such file or directory\n");
  });
});
