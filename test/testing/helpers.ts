/** Helpers shared by the rule-testing suites: temporary rule files and in-process CLI runs. */
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { runCli } from "../../src/cli/cli.js";

/** Writes files (path relative to a new temporary directory → text) and returns the directory. */
export async function tempFiles(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), "cql-rules-"));
  for (const [name, text] of Object.entries(files)) {
    const path = join(directory, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return directory;
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the cql command in-process and collects what it writes. */
export async function cql(argv: string[]): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));

  const status = await runCli(argv, { stdin: Readable.from([]), stdout, stderr });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

/** NDJSON text of some events. */
export function ndjson(events: readonly object[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join("");
}
