import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const example = (name: string) => join(repoRoot, "examples/high-port-count", name);

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with the given stdin text; `tty` makes stdout look like a terminal. */
async function cql(argv: string[], stdin = "", tty = false): Promise<CliRun> {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty });
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));

  const status = await runCli(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

async function tempFile(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "cql-cli-")), name);
  await writeFile(path, text);
  return path;
}

function sortedLines(text: string): string[] {
  return text.trimEnd().split("\n").sort();
}

describe("cql run", () => {
  it("runs the example query as NDJSON", async () => {
    const run = await cql(["run", example("query.cql"), example("events.ndjson")]);
    expect(run.status).toBe(0);
    // collect(limit=25) drops ports past the 25th, which LogScale reports as a warning.
    expect(run.stderr).toMatch(/^cql: warning: collect\(\)/);

    const expected = (await readFile(example("expected.ndjson"), "utf8")).trimEnd().split("\n");
    const canonical = (line: string) => JSON.stringify(Object.entries(JSON.parse(line) as object).sort());
    expect(sortedLines(run.stdout).map(canonical).sort()).toEqual(expected.map(canonical).sort());
  });

  it("reads -q text and stdin", async () => {
    const run = await cql(["run", "-q", "groupBy(host) | sort(host, order=asc, type=string)"], '{"host":"b"}\n{"host":"a"}\n{"host":"b"}\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"host":"a","_count":"1"}\n{"host":"b","_count":"2"}\n');
  });

  it("writes a table to a terminal", async () => {
    const run = await cql(["run", "-q", "select([host, n])"], '{"host":"web-1","n":"1"}\n{"host":"db","n":"22"}\n', true);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(["host   n", "-----  --", "web-1  1", "db     22", ""].join("\n"));
  });

  it("writes a JSON array", async () => {
    const run = await cql(["run", "-q", "select(n)", "--format", "json"], '{"n":"1"}\n{"n":"2"}\n');
    expect(run.stdout).toBe('[\n  {"n":"1"},\n  {"n":"2"}\n]\n');
    expect(JSON.parse(run.stdout)).toEqual([{ n: "1" }, { n: "2" }]);
  });

  it("writes an empty JSON array for no results", async () => {
    const run = await cql(["run", "-q", "n=5", "--format", "json"], '{"n":"1"}\n');
    expect(run.stdout).toBe("[]\n");
  });

  it("reads a JSON array file", async () => {
    const events = await tempFile("events.json", '[{"n":"1"},\n {"n":"2"}]');
    const run = await cql(["run", "-q", "count()", events]);
    expect(run.stdout).toBe('{"_count":"2"}\n');
  });

  it("applies --tag and --timestamp-field", async () => {
    const input = '{"event_simpleName":"DnsRequest","timestamp":"1700000000123"}\n{"event_simpleName":"UserLogon","timestamp":"1700000000"}\n';
    const run = await cql(["run", "-q", "#event_simpleName=DnsRequest | select([@timestamp])", "--tag", "event_simpleName", "--timestamp-field", "timestamp"], input);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe('{"@timestamp":"1700000000123"}\n');
  });

});

describe("cql diagnostics", () => {
  it("reports a query error with the file name", async () => {
    const query = await tempFile("bad.cql", "groupBy(host\n");
    const run = await cql(["run", query], "");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^${query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `));
    expect(run.stderr).toContain("^");
  });

  it("names the function in an unknown-function error", async () => {
    const run = await cql(["run", "-q", "groupBy(host) | nosuchfunction()"], "");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^<query>:1:17: .*nosuchfunction/);
  });

  it("stops at an invalid input line", async () => {
    const events = await tempFile("events.ndjson", '{"n":"1"}\n{"n":\n{"n":"3"}\n');
    const run = await cql(["run", "-q", "count()", events]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${events.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: invalid JSON`));
  });

  it("skips invalid lines with --skip-invalid", async () => {
    const run = await cql(["run", "-q", "count()", "--skip-invalid"], '{"n":"1"}\nnope\n[1]\n{"n":"3"}\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"_count":"2"}\n');
    expect(run.stderr).toMatch(/^cql: skipped 2 invalid input records; the first: <stdin>:2: invalid JSON/);
  });

  it("rejects a deeply chained query in run and lint", async () => {
    const query = await tempFile("long.cql", `x:=1${"+1".repeat(10_000)}\n`);
    for (const command of ["run", "lint"]) {
      const run = await cql([command, query], "");
      expect(run.status, command).toBe(1);
      expect(run.stderr, command).toContain(`${query}:1:4: query too deeply chained`);
    }
  });

  it("reports a missing query file", async () => {
    const run = await cql(["run", join(tmpdir(), "cql-missing-query.cql")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot read query file");
    expect(run.stderr).toContain("file not found");
  });

  it("reports a missing events file", async () => {
    const missing = join(tmpdir(), "cql-missing-events.ndjson");
    const run = await cql(["run", "-q", "count()", missing]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${missing}: file not found\n`);
  });

  it("exits 2 on a usage error", async () => {
    const run = await cql(["run", "q.cql", "--format", "xml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('invalid --format "xml"');
    expect(run.stderr).toContain("Usage:");
  });

  it("prints help and version", async () => {
    const help = await cql(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("cql run QUERY_FILE [EVENTS_FILE...]");

    const version = await cql(["--version"]);
    const packageJson = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(version.stdout).toBe(`${packageJson.version}\n`);
  });
});

describe("cql input", () => {
  it("marks and counts timestamps it cannot read", async () => {
    const input = '{"k":"1","t":"2021-10-01 00:00:00.000Z"}\n{"k":"2","t":""}\n{"k":"3","t":"soon"}\n';
    const run = await cql(["run", "-q", "select([k, @timestamp, @error])", "--timestamp-field", "t"], input);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"k":"1","@timestamp":"1633046400000"}\n{"k":"2","@error":"true"}\n{"k":"3","@error":"true"}\n');
    expect(run.stderr).toBe(
      'cql: warning: 2 events have a value in field "t" that is not a timestamp (the first: ""); they were kept ' +
        "without a @timestamp from it and marked with @error=true and @error_msg. Accepted: epoch seconds or " +
        "milliseconds, or an ISO-8601 date-time with Z or an offset (2021-10-01 00:00:00.000Z)\n",
    );
  });

  it("reads ISO timestamps written with a space", async () => {
    // FDR exports write some timestamps as ISO text with a space and others as epoch milliseconds.
    const input = '{"e":"A","timestamp":"2021-10-01 00:00:00.000Z"}\n{"e":"A","timestamp":"1682368416719"}\n';
    const run = await cql(["run", "-q", "#e=A | select([@timestamp])", "--tag", "e", "--timestamp-field", "timestamp"], input);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe('{"@timestamp":"1633046400000"}\n{"@timestamp":"1682368416719"}\n');
  });

  it("runs the example over Falcon data with both kinds of timestamp", async () => {
    const lines = (await readFile(example("events.ndjson"), "utf8")).trimEnd().split("\n");
    const times = ["2021-10-01 00:00:00.000Z", "1682368416719", ""];
    const input = lines.map((line, index) => JSON.stringify({ ...JSON.parse(line), timestamp: times[index % 3] })).join("\n");
    const events = await tempFile("fdr.ndjson", input);

    const run = await cql(["run", "--tag", "event_simpleName", "--timestamp-field", "timestamp", example("query.cql"), events]);
    expect(run.status).toBe(0);
    const expected = (await readFile(example("expected.ndjson"), "utf8")).trimEnd().split("\n");
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(expected.length);
    expect(run.stderr).toContain('events have a value in field "timestamp" that is not a timestamp (the first: "")');
  });

  it("keeps the text of JSON numbers", async () => {
    const input = '{"big":9007199254740993,"f":7.0}\n{"big":9007199254740992,"f":7}\n';
    const run = await cql(["run", "-q", "big = 9007199254740993"], input);
    expect(run.stdout).toBe('{"big":"9007199254740993","f":"7.0"}\n');
  });

  it("reads deeply nested records", async () => {
    const depth = 5000;
    const input = `{"k":"v"}\n{"x":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}\n`;
    const run = await cql(["run", "-q", "k=* or x.a.a.a=*"], input);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"k":"v"}\n');
  });

  it("escapes bidi controls in the table", async () => {
    const run = await cql(["run", "-q", "*", "--format", "table"], '{"c":"\\u202eevil"}\n');
    expect(run.stdout).toContain("\\u202eevil");
    expect(run.stdout).not.toContain("\u202e");
  });

  it("rejects an unknown time zone on the command line", async () => {
    const run = await cql(["run", "-q", "time:hour()", "--timezone", "Mars/Base"], "");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cql: invalid --timezone "Mars\/Base": expected an IANA time zone/);
  });
});

describe("cql check", () => {
  it("reports problems without running the query", async () => {
    const query = await tempFile("rule.cql", "groupBy(host, limit=abc)\n");
    const run = await cql(["check", query]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${query}:1:15: `);
  });

  it("passes a valid query", async () => {
    const query = await tempFile("rule.cql", "groupBy(host)\n");
    const run = await cql(["check", query]);
    expect(run.status).toBe(0);
  });
});

describe("cql process", () => {
  it("sets the exit status and writes to stdout", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/main.ts"), "run", "-q", "count()"], {
      input: '{"a":"1"}\n{"a":"2"}\n',
      encoding: "utf8",
      cwd: repoRoot,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('{"_count":"2"}\n');

    const failed = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/main.ts"), "run", "-q", "count("], {
      input: "",
      encoding: "utf8",
      cwd: repoRoot,
    });
    expect(failed.status).toBe(1);
  });
});
