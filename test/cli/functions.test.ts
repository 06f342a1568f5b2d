import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { builtinFunctions } from "../../src/index.js";

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

async function cql(argv: string[], stdin = ""): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));

  const status = await runCli(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

describe("cql functions", () => {
  it("lists every function with kind and docs page", async () => {
    const { status, stdout } = await cql(["functions"]);
    const lines = stdout.trimEnd().split("\n");

    expect(status).toBe(0);
    expect(lines[0]).toMatch(/^NAME\s+KIND\s+DOCS PAGE$/);
    expect(lines.length).toBe(builtinFunctions.length + 1);
    expect(lines.find((line) => line.startsWith("timeChart "))).toMatch(/^timeChart\s+aggregate\s+functions-timechart$/);
    expect(lines.find((line) => line.startsWith("match "))).toMatch(/^match\s+filter\s+functions-match$/);
  });

  it("prints JSON with --json", async () => {
    const { status, stdout } = await cql(["functions", "--json"]);
    const entries = JSON.parse(stdout) as { name: string; kind: string; docsPage: string }[];

    expect(status).toBe(0);
    expect(entries.length).toBe(builtinFunctions.length);
    expect(entries.find((entry) => entry.name === "ioc:lookup")).toMatchObject({ kind: "filter", docsPage: "functions-ioc-lookup" });
    expect(entries.map((entry) => entry.name.toLowerCase())).toEqual(entries.map((entry) => entry.name.toLowerCase()).sort());
  });

  it("rejects an unknown argument", async () => {
    const { status, stderr } = await cql(["functions", "--yaml"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^cql functions: unknown argument "--yaml"/);
  });
});

describe("cql run --lookup-dir", () => {
  it("names files by their path under the directory", async () => {
    const directory = await mkdtemp(join(tmpdir(), "cql-lookups-"));
    await mkdir(join(directory, "imperva", "cwaf"), { recursive: true });
    await writeFile(join(directory, "imperva", "cwaf", "severity.csv"), "level,label\n3,high\n");
    await writeFile(join(directory, "notes.txt"), "not a lookup file");

    const query = 'match(file="imperva/cwaf/severity.csv", field=level)';
    const { status, stdout, stderr } = await cql(["run", "-q", query, "--lookup-dir", directory, "--format", "ndjson"], '{"level":"3"}\n{"level":"1"}\n');

    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toBe('{"level":"3","label":"high"}\n');
  });

  it("reports a missing directory", async () => {
    const { status, stderr } = await cql(["run", "-q", "count()", "--lookup-dir", "/nonexistent/lookups"]);
    expect(status).toBe(1);
    expect(stderr).toBe("cql: cannot read lookup directory /nonexistent/lookups: directory not found\n");
  });
});
