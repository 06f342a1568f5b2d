import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/check.js";

const directory = mkdtempSync(path.join(tmpdir(), "cql-check-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const full = path.join(directory, name);
  writeFileSync(full, text);
  return full;
}

function collector(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join("") });
}

async function check(...args: string[]): Promise<{ status: number; stderr: string; stdout: string }> {
  const stdout = collector();
  const stderr = collector();
  const status = await runCheck(args, { stdout, stderr });
  // Diagnostics name the temporary directory; replace it so the expected text stays readable.
  const clean = (text: string) => text.split(directory + path.sep).join("");
  return { status, stderr: clean(stderr.text()), stdout: clean(stdout.text()) };
}

describe("cql check", () => {
  it("reports three mistakes with positions", async () => {
    const query = file("three.cql", "host-name=*\n| groupBy(x, function=count()\n| f=/x/q\n");
    const result = await check(query);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "three.cql:1:1: \`-\` cannot appear in an unquoted field name: write "host-name" in double quotes
      host-name=*
      ^^^^^^^^^
      three.cql:2:30: expected \`)\` to close \`groupBy(\` opened at 2:10, but found \`|\`
      | groupBy(x, function=count()
                                   ^
      three.cql:3:8: unknown regex flag \`q\`: LogScale accepts i (ignore case), m (multi-line), d (dot matches newline), g (repeat) and F (engine v2)
      | f=/x/q
             ^
      cql check: 3 problems in 1 file
      "
    `);
  });

  it("passes a valid query", async () => {
    const result = await check(file("ok.cql", "#type=accesslog | groupBy(status, function=count())"));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("cql check: no problems in 1 file\n");
  });

  it("reports analysis errors", async () => {
    const result = await check(file("unknown.cql", "#a=1 | grupBy(x)"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "unknown.cql:1:8: unknown function grupBy(). Did you mean "groupBy"?
      #a=1 | grupBy(x)
             ^^^^^^
      cql check: 1 problem in 1 file
      "
    `);
  });

  it("maps literal-block positions to yaml lines", async () => {
    const rule = file("rule.yaml", "name: rule\ncql: |\n  #event_simpleName=ProcessRollup2\n      | groupBy(x, function=count()\n  | f=/x/q\n");
    const result = await check(rule);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "rule.yaml:4:36: expected \`)\` to close \`groupBy(\` opened at 4:16, but found \`|\`
            | groupBy(x, function=count()
                                         ^
      rule.yaml:5:10: unknown regex flag \`q\`: LogScale accepts i (ignore case), m (multi-line), d (dot matches newline), g (repeat) and F (engine v2)
        | f=/x/q
               ^
      cql check: 2 problems in 1 file
      "
    `);
  });

  it("maps quoted-string positions to yaml columns", async () => {
    const rule = file("quoted.yml", 'rules:\n  - name: r\n    cql: "a=\\"x\\" | sort(x, limt=3)"\n');
    const result = await check(rule);
    expect(result.stderr).toMatchInlineSnapshot(`
      "quoted.yml:3:29: unknown argument limt for sort(). Did you mean "limit"? Valid arguments: field, order, reverse, type, limit
          cql: "a=\\"x\\" | sort(x, limt=3)"
                                  ^^^^
      cql check: 1 problem in 1 file
      "
    `);
  });

  it("reports a yaml file without a query", async () => {
    const result = await check(file("empty.yaml", "name: rule\n"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("empty.yaml: no cql: field found");
  });

  it("reports invalid yaml", async () => {
    const result = await check(file("broken.yaml", "cql: [\nname: x"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("broken.yaml:2:1: invalid YAML");
  });

  it("reports a missing file and checks the others", async () => {
    const result = await check(path.join(directory, "missing.cql"), file("fine.cql", "a=1"));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("missing.cql: cannot read the file: file not found\ncql check: 1 problem in 2 files\n");
  });

  it("needs at least one file", async () => {
    const result = await check();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("missing FILE");
  });
});
