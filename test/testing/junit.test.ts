import { describe, expect, it } from "vitest";
import { renderJunit } from "../../src/testing/junit.js";
import type { Rule, RuleTest } from "../../src/testing/ruleFile.js";
import type { TestResult } from "../../src/testing/runner.js";

const rule = { file: "rules/r.yaml", name: "R & D", tests: [] } as unknown as Rule;

function result(name: string, failures: string[], line?: number): TestResult {
  const test = { name, line } as RuleTest;
  return { rule, test, passed: failures.length === 0, failures, output: [], warnings: [], durationMs: 1500 };
}

describe("renderJunit", () => {
  it("renders suites, cases and failures", () => {
    const xml = renderJunit([{ file: "rules/r.yaml", name: "R & D", results: [result("ok", []), result("bad <one>", ['field a: expected "1"', "second"], 7)] }]);

    expect(xml).toContain('<testsuites name="cql test" tests="2" failures="1" errors="0" time="3.000">');
    expect(xml).toContain('<testsuite name="R &amp; D" file="rules/r.yaml" tests="2" failures="1" errors="0" time="3.000">');
    expect(xml).toContain('<testcase name="ok" classname="rules/r.yaml" file="rules/r.yaml" time="1.500"/>');
    expect(xml).toContain('<testcase name="bad &lt;one&gt;" classname="rules/r.yaml" file="rules/r.yaml" line="7" time="1.500">');
    expect(xml).toContain('<failure message="field a: expected &quot;1&quot;">field a: expected "1"\nsecond</failure>');
  });

  it("renders a rule file that did not load as an error", () => {
    const xml = renderJunit([{ file: "bad.yaml", name: undefined, results: [], error: "bad.yaml:1:1: missing cql" }]);
    expect(xml).toContain('tests="1" failures="0" errors="1"');
    expect(xml).toContain('<error message="bad.yaml:1:1: missing cql">bad.yaml:1:1: missing cql</error>');
  });

  it("escapes characters XML cannot hold", () => {
    const xml = renderJunit([{ file: "r.yaml", name: "r", results: [result("t", ["value \u0007\u001b[0m and \ud800"])] }]);
    expect(xml).toContain("value \\u0007\\u001b[0m and \\ud800");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
