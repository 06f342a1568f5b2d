import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cql, tempFiles } from "../testing/helpers.js";

const example = (name: string) => fileURLToPath(new URL(`../../examples/high-port-count/${name}`, import.meta.url));

describe("cql lint", () => {
  it("warns about uniquePortCount in the example query", async () => {
    const run = await cql(["lint", example("query.cql")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/query\.cql:5:106: warning: count\(RemotePort, as=uniquePortCount\) counts every event that has RemotePort/);
    expect(run.stdout).toContain("https://library.humio.com/data-analysis/functions-count.html");
    expect(run.stdout).toMatch(/^cql lint: 1 warning in 1 file$/m);
  });

  it("points into a rule file's cql block", async () => {
    const run = await cql(["lint", example("rule.yaml")]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/rule\.yaml:32:108: warning: /);
    expect(lines[1]?.slice(107, 112)).toBe("count");
    expect(lines[2]?.indexOf("^")).toBe(107);
  });

  it("exits 0 without warnings", async () => {
    const directory = await tempFiles({ "q.cql": "#event_simpleName=ProcessRollup2 | count(aid, distinct=true, as=uniqueHosts)\n" });
    const run = await cql(["lint", `${directory}/q.cql`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("cql lint: 0 warnings in 1 file\n");
  });

  it("reports a query that does not parse", async () => {
    const directory = await tempFiles({ "q.cql": "groupBy(\n" });
    const run = await cql(["lint", `${directory}/q.cql`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/q\.cql:\d+:\d+: /);
  });

  it("searches directories", async () => {
    const directory = await tempFiles({ "a/q.cql": "#type=/x/\n", "b/rule.yaml": "name: r\ncql: |\n  count(x, as=uniqueX)\n", "c/notes.yaml": "a: 1\n" });
    const run = await cql(["lint", directory]);
    expect(run.stdout).toMatch(/a\/q\.cql:1:1: warning: .* \[unanchored-tag-regex\]/);
    expect(run.stdout).toMatch(/b\/rule\.yaml:3:3: warning: .* \[count-not-distinct\]/);
    expect(run.stdout).toMatch(/^cql lint: 2 warnings in 2 files$/m);
  });

  it("reports a missing path", async () => {
    const run = await cql(["lint", "/nonexistent/q.cql"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("cql lint: /nonexistent/q.cql: no such file or directory\n");
  });

  it("lists the rules in its help", async () => {
    const run = await cql(["lint", "--help"]);
    expect(run.status).toBe(0);
    for (const rule of ["count-not-distinct", "or-and-precedence", "field-equals-field", "missing-count", "free-text-after-aggregate", "unanchored-tag-regex", "unset-field"]) {
      expect(run.stdout).toContain(rule);
    }
  });

  it("rejects a missing file argument", async () => {
    const run = await cql(["lint"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing PATH");
  });
});
