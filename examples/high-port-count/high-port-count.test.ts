import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compile } from "../../src/index.js";
import { detectHighPortCount, type Row } from "./expected.js";
import { generateEvents, toNdjson } from "./generate.js";

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

const query = readFileSync(here("query.cql"), "utf8");
const eventsText = readFileSync(here("events.ndjson"), "utf8");
const events = eventsText.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
const expectedRows = readFileSync(here("expected.ndjson"), "utf8")
  .trimEnd()
  .split("\n")
  .map((line) => JSON.parse(line) as Row);

/** Rows as sorted canonical JSON, so two results compare as sets with exact values. */
function canonical(rows: readonly Record<string, string>[]): string[] {
  const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : 1);
  return rows.map((row) => JSON.stringify(Object.entries(row).sort(byName))).sort();
}

describe("high-port-count example", () => {
  it("library returns the expected rows", () => {
    const result = compile(query).run(events);
    expect(canonical(result.events)).toEqual(canonical(expectedRows));
  });

  it("hand-written loop matches expected.ndjson", () => {
    expect(canonical(detectHighPortCount(events))).toEqual(canonical(expectedRows));
  });

  it("generator reproduces events.ndjson", () => {
    expect(toNdjson(generateEvents()) === eventsText).toBe(true);
  });

  it("rule.yaml holds the same query", () => {
    const rule = parseYaml(readFileSync(here("rule.yaml"), "utf8")) as { cql: string; mitre_ids: string[] };
    expect(rule.cql).toBe(query);
    expect(rule.mitre_ids).toEqual(["T1595", "T1046"]);
  });

  it("flags the intended scenarios only", () => {
    const flagged = expectedRows.map((row) => `${row.ComputerName} ${row.FileName}`).sort();
    expect(flagged).toEqual([
      "FIN-WKS-0142 nmap.exe",
      "HR-WKS-0077 python.exe",
      "SRV-BKP-01 VeeamAgent.exe",
      "lnx-build-02 nc.openbsd",
      "lnx-web-01 python3.10",
    ]);
  });

  it("counts connections as the scenarios define", () => {
    const byFile = new Map(expectedRows.map((row) => [row.FileName, row]));
    expect(byFile.get("nmap.exe")?.uniquePortCount).toBe("240");
    expect(byFile.get("nmap.exe")?.remoteIPcount).toBe("4");
    expect(byFile.get("nmap.exe")?.RemotePort?.split(", ")).toHaveLength(25);
    expect(byFile.get("nc.openbsd")?.RemotePort).toBe(
      "20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44",
    );
    expect(byFile.get("VeeamAgent.exe")).toMatchObject({ uniquePortCount: "30", RemotePort: "443", UserID: "S-1-5-18" });
    expect(byFile.get("VeeamAgent.exe")?.UserName).toBeUndefined();
    expect(byFile.get("python.exe")).toMatchObject({ uniquePortCount: "26", RemotePort: "5985", remoteIPcount: "13" });
    expect(byFile.get("python3.10")).toMatchObject({ uniquePortCount: "28", UserName: "root", UserID: "0" });
  });
});
