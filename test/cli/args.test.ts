import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError, type RunCommand } from "../../src/cli/args.js";

function parseRun(argv: string[]): RunCommand {
  const command = parseCommandLine(argv);
  if (command.kind !== "run") throw new Error(`expected a run command, got ${command.kind}`);
  return command;
}

describe("parseCommandLine", () => {
  it("reads a query file and event files", () => {
    const command = parseRun(["run", "q.cql", "a.ndjson", "b.json"]);
    expect(command.queryFile).toBe("q.cql");
    expect(command.queryText).toBeUndefined();
    expect(command.eventFiles).toEqual(["a.ndjson", "b.json"]);
    expect(command.format).toBeUndefined();
    expect(command.skipInvalid).toBe(false);
  });

  it("takes -q text instead of a query file", () => {
    const command = parseRun(["run", "-q", "groupBy(x)", "a.ndjson"]);
    expect(command.queryFile).toBeUndefined();
    expect(command.queryText).toBe("groupBy(x)");
    expect(command.eventFiles).toEqual(["a.ndjson"]);
  });

  it("reads every option", () => {
    const command = parseRun([
      "run", "q.cql", "--format", "json", "--skip-invalid",
      "--tag", "event_simpleName", "--tag", "event_platform",
      "--timestamp-field", "timestamp", "--now", "1700000000000",
      "--start", "2023-11-14T00:00:00Z", "--end", "2023-11-15",
      "--timezone", "Europe/Berlin", "--lookup", "users.csv=data/u.csv", "--lookup", "x/hosts.csv",
      "--param", "host=web-1", "--param", "__proto__=p",
    ]);
    expect(command.format).toBe("json");
    expect(command.skipInvalid).toBe(true);
    expect(command.tags).toEqual(["event_simpleName", "event_platform"]);
    expect(command.timestampField).toBe("timestamp");
    expect(command.now).toBe(1_700_000_000_000);
    expect(command.start).toBe(1_699_920_000_000);
    expect(command.end).toBe(1_700_006_400_000);
    expect(command.timezone).toBe("Europe/Berlin");
    expect(command.lookups).toEqual([
      { name: "users.csv", path: "data/u.csv" },
      { name: "hosts.csv", path: "x/hosts.csv" },
    ]);
    expect(Object.entries(command.parameters)).toEqual([["host", "web-1"], ["__proto__", "p"]]);
  });

  it("recognises help and version", () => {
    expect(parseCommandLine(["--help"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["run", "-h"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["help"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["--version"])).toEqual({ kind: "version" });
  });

  it.each([
    [[], /missing command/],
    [["walk"], /unknown command "walk": expected one of run, check, functions, test, explain, lint/],
    [["run"], /missing QUERY_FILE/],
    [["run", "q.cql", "--format", "csv"], /invalid --format "csv": expected one of ndjson, json, table/],
    [["run", "q.cql", "--now", "soon"], /invalid --now value "soon"/],
    [["run", "q.cql", "--frobnicate"], /frobnicate/],
    [["run", "q.cql", "--param", "novalue"], /invalid --param "novalue": expected NAME=VALUE/],
    [["run", "q.cql", "--lookup", "=x.csv"], /invalid --lookup "=x.csv"/],
    [["run", "q.cql", "--timezone", "Mars/Base"], /invalid --timezone "Mars\/Base": expected an IANA time zone/],
    [["run", "q.cql", "--start", "2024-01-01", "--end", "2023-01-01"], /the search window must not end before it starts/],
    [["run", "q.cql", "--now", "99999999999999999"], /invalid --now value "99999999999999999": the number is too large/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
