import { describe, expect, it } from "vitest";
import { parseWithDiagnostics } from "../../src/syntax/parser.js";
import { print } from "../../src/syntax/printer.js";
import type { Query } from "../../src/syntax/ast.js";
import { corpusRoot, loadCorpus, loadInvalidList, sharedFolderExists, withoutPositions } from "./corpus.js";

/** Share of the queries not listed in invalid.txt that must parse. */
const REQUIRED_PARSE_RATE = 0.995;

const hasCorpus = sharedFolderExists(corpusRoot);
const queries = hasCorpus ? loadCorpus() : [];
const invalid = loadInvalidList();
const parsed = new Map<string, Query>();
const failures: string[] = [];

for (const query of queries) {
  const result = parseWithDiagnostics(query.text);
  if (result.ast) {
    parsed.set(query.name, result.ast);
  } else if (!invalid.has(query.name)) {
    const first = result.diagnostics[0]!;
    failures.push(`${query.name}:${first.line}:${first.column}: ${first.message}`);
  }
}

describe.skipIf(!hasCorpus)("public query corpus", () => {
  it("holds the expected number of queries", () => {
    // The corpus README counts 3,050 distinct query texts.
    expect(queries.length).toBe(3050);
  });

  it("parses at least 99.5% of valid queries", () => {
    const candidates = queries.length - invalid.size;
    const rate = (candidates - failures.length) / candidates;
    expect(rate, `queries that do not parse:\n${failures.join("\n")}`).toBeGreaterThanOrEqual(REQUIRED_PARSE_RATE);
  });

  it("lists only existing queries as invalid", () => {
    const names = new Set(queries.map((query) => query.name));
    const unknown = [...invalid.keys()].filter((name) => !names.has(name));
    expect(unknown).toEqual([]);
  });

  it("rejects every query listed as invalid", () => {
    const parsedAnyway = [...invalid.keys()].filter((name) => parsed.has(name));
    expect(parsedAnyway, "these queries parse now: remove them from test/corpus/invalid.txt").toEqual([]);
  });

  it("prints every query back to the same tree", () => {
    const mismatches: string[] = [];
    for (const [name, ast] of parsed) {
      const reparsed = parseWithDiagnostics(print(ast));
      const same = reparsed.ast !== undefined && JSON.stringify(withoutPositions(reparsed.ast)) === JSON.stringify(withoutPositions(ast));
      if (!same) mismatches.push(name);
    }
    expect(mismatches).toEqual([]);
  });
});
