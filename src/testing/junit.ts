/**
 * JUnit XML for CI systems: one `<testsuite>` per rule file, one `<testcase>` per test, and a
 * `<failure>` listing the failed checks. Rule files that could not be loaded become a suite
 * with one `<error>` test case, so a broken file fails the build instead of vanishing.
 */
import type { TestResult } from "./runner.js";

export interface SuiteReport {
  file: string;
  /** The rule's name, when the file loaded. */
  name: string | undefined;
  results: TestResult[];
  /** The reason the file could not be loaded. */
  error?: string;
}

export function renderJunit(suites: readonly SuiteReport[]): string {
  const tests = suites.reduce((sum, suite) => sum + Math.max(suite.results.length, suite.error === undefined ? 0 : 1), 0);
  const failures = suites.reduce((sum, suite) => sum + suite.results.filter((result) => !result.passed).length, 0);
  const errors = suites.filter((suite) => suite.error !== undefined).length;
  const seconds = totalSeconds(suites.flatMap((suite) => suite.results));

  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="cql test" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds}">`,
    ...suites.flatMap(renderSuite),
    `</testsuites>`,
  ];
  return `${lines.join("\n")}\n`;
}

function renderSuite(suite: SuiteReport): string[] {
  const name = attribute(suite.name ?? suite.file);
  const file = attribute(suite.file);

  if (suite.error !== undefined) {
    return [
      `  <testsuite name="${name}" file="${file}" tests="1" failures="0" errors="1" time="0">`,
      `    <testcase name="load rule file" classname="${file}" file="${file}" time="0">`,
      `      <error message="${attribute(firstLine(suite.error))}">${text(suite.error)}</error>`,
      `    </testcase>`,
      `  </testsuite>`,
    ];
  }

  const failed = suite.results.filter((result) => !result.passed).length;
  return [
    `  <testsuite name="${name}" file="${file}" tests="${suite.results.length}" failures="${failed}" errors="0" time="${totalSeconds(suite.results)}">`,
    ...suite.results.flatMap((result) => renderCase(result, file)),
    `  </testsuite>`,
  ];
}

function renderCase(result: TestResult, file: string): string[] {
  const opening = `    <testcase name="${attribute(result.test.name)}" classname="${file}" file="${file}"${lineAttribute(result)} time="${seconds(result.durationMs)}"`;
  if (result.passed) return [`${opening}/>`];

  const details = result.failures.join("\n");
  return [
    `${opening}>`,
    `      <failure message="${attribute(firstLine(result.failures[0] ?? "failed"))}">${text(details)}</failure>`,
    `    </testcase>`,
  ];
}

function lineAttribute(result: TestResult): string {
  return result.test.line === undefined ? "" : ` line="${result.test.line}"`;
}

function totalSeconds(results: readonly TestResult[]): string {
  return seconds(results.reduce((sum, result) => sum + result.durationMs, 0));
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(3);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/**
 * Escapes text for XML. Characters XML 1.0 cannot hold at all (most control characters, lone
 * surrogates) become `\uXXXX`, because field values in failure messages come from event data.
 */
function text(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attribute(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
