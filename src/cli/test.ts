/**
 * `cql test [PATH...]`: finds rule files, runs their tests, and prints PASS or FAIL per test with
 * the failed checks, then a summary line. The exit status is 1 when a test fails or none was found.
 */
import { writeFile } from "node:fs/promises";
import { relative } from "node:path";
import { checkOutput } from "../testing/compare.js";
import { findRuleFiles } from "../testing/discover.js";
import { renderJunit, type SuiteReport } from "../testing/junit.js";
import { loadRuleFile, RuleFileError } from "../testing/ruleFile.js";
import { DataCache, runRuleTests, type TestResult } from "../testing/runner.js";
import { updateSnapshots, type SnapshotUpdate } from "../testing/snapshot.js";
import type { CliStreams } from "./cli.js";

export const TEST_USAGE = `Usage: cql test [PATH...] [--update] [--reporter junit FILE]
`;

const TEST_HELP = `${TEST_USAGE}
Runs the tests of CQL rule files. A rule file is a YAML file with the rule's metadata, its
query under "cql:" and a "tests:" list; see docs/testing.md. Each PATH is a rule file or a
directory searched recursively for them (default: the current directory).

Options:
      --update              Write the current output as the expected rows of every test
                            that has "rows:" and whose rows differ; each change is printed.
      --reporter junit FILE Also write a JUnit XML report to FILE, for CI systems.
  -h, --help                Show this help.

Exit status: 0 all tests passed, 1 a test failed, a rule file is invalid or no test was
found, 2 usage error.
`;

interface TestOptions {
  paths: string[];
  update: boolean;
  junitFile: string | undefined;
}

class TestUsageError extends Error {}

export async function runTestCommand(argv: readonly string[], streams: CliStreams): Promise<number> {
  let options: TestOptions | "help";
  try {
    options = parseTestArguments(argv);
  } catch (error) {
    if (!(error instanceof TestUsageError)) throw error;
    streams.stderr.write(`cql test: ${error.message}\n\n${TEST_USAGE}Run "cql test --help" for the options.\n`);
    return 2;
  }

  if (options === "help") {
    streams.stdout.write(TEST_HELP);
    return 0;
  }

  const discovery = await findRuleFiles(options.paths);
  for (const path of discovery.missing) {
    streams.stderr.write(`cql test: ${path}: no such file or directory\n`);
  }
  if (discovery.missing.length > 0) return 1;

  const write = (line: string) => streams.stdout.write(`${line}\n`);
  const cache = new DataCache();
  const suites: SuiteReport[] = [];
  let passed = 0;
  let failed = 0;

  for (const file of discovery.files) {
    const suite = await runFile(file, options.update, cache, write);
    suites.push(suite);
    passed += suite.results.filter((result) => result.passed).length;
    failed += suite.results.filter((result) => !result.passed).length + (suite.error === undefined ? 0 : 1);
  }

  if (options.junitFile !== undefined) {
    await writeFile(options.junitFile, renderJunit(suites));
  }

  if (passed + failed === 0) {
    streams.stderr.write(`cql test: no rule tests found in ${options.paths.join(", ")}; a rule file is a YAML file with "cql:" and "tests:" keys\n`);
    return 1;
  }

  write("");
  write(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

function parseTestArguments(argv: readonly string[]): TestOptions | "help" {
  const options: TestOptions = { paths: [], update: false, junitFile: undefined };

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === "-h" || argument === "--help") return "help";

    if (argument === "--update" || argument === "-u") {
      options.update = true;
    } else if (argument === "--reporter" || argument.startsWith("--reporter=")) {
      const reporter = argument === "--reporter" ? argv[++index] : argument.slice("--reporter=".length);
      if (reporter !== "junit") {
        throw new TestUsageError(`invalid --reporter "${reporter ?? ""}": the only reporter is "junit", given as --reporter junit FILE`);
      }
      const file = argv[++index];
      if (file === undefined || file.startsWith("-")) throw new TestUsageError("missing FILE after --reporter junit");
      options.junitFile = file;
    } else if (argument.startsWith("-") && argument !== "-") {
      throw new TestUsageError(`unknown option "${argument}"`);
    } else {
      options.paths.push(argument);
    }
  }

  if (options.paths.length === 0) options.paths.push(".");
  return options;
}

/** Loads one rule file, runs its tests, applies snapshot updates and prints the results. */
async function runFile(file: string, update: boolean, cache: DataCache, write: (line: string) => void): Promise<SuiteReport> {
  const label = displayPath(file);

  let rule;
  try {
    rule = await loadRuleFile(file);
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    write(`ERROR ${label}: invalid rule file`);
    for (const line of error.message.split("\n")) write(`      ${line}`);
    return { file: label, name: undefined, results: [], error: error.message };
  }

  if (rule.tests.length === 0) {
    write(`SKIP  ${label}: the rule has no tests`);
    return { file: label, name: rule.name, results: [] };
  }

  const results = await runRuleTests(rule, cache);
  const updates = update ? await updateSnapshots(results, cache) : [];
  for (const applied of updates) {
    recheck(applied);
    const count = applied.result.output?.length ?? 0;
    write(`UPDATED ${label} > ${applied.result.test.name}: wrote ${count === 1 ? "1 row" : `${count} rows`} to ${displayPath(applied.file)}; the old rows differed:`);
    for (const change of applied.changes) write(`    - ${change}`);
  }

  for (const result of results) {
    printResult(result, label, write);
  }
  return { file: label, name: rule.name, results };
}

/** After an update the test's rows are its output, so only its other checks can still fail. */
function recheck(update: SnapshotUpdate): void {
  const result = update.result;
  const output = result.output ?? [];
  result.failures = checkOutput(output, { ...result.test, rows: output });
  result.passed = result.failures.length === 0;
}

function printResult(result: TestResult, file: string, write: (line: string) => void): void {
  const time = `(${Math.round(result.durationMs)} ms)`;
  if (result.passed) {
    write(`PASS  ${file} > ${result.test.name} ${time}`);
    return;
  }

  const line = result.test.line === undefined ? "" : `:${result.test.line}`;
  write(`FAIL  ${file}${line} > ${result.test.name} ${time}`);
  for (const failure of result.failures) {
    for (const [index, text] of failure.split("\n").entries()) write(`${index === 0 ? "    - " : "      "}${text}`);
  }
  for (const warning of result.warnings) write(`    warning: ${warning}`);
}

/** Paths relative to the working directory read best in CI logs; others stay absolute. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === "" || shown.startsWith("..") ? path : shown;
}
