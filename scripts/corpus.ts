/**
 * `npm run corpus`: parses every query of the public query corpus and prints the parse rate, the
 * median parse time per query, and the functions the corpus calls that the function registry
 * does not define yet, with the number of queries that call each.
 */
import { performance } from "node:perf_hooks";
import { parseWithDiagnostics } from "../src/syntax/parser.js";
import type { Call, Query } from "../src/syntax/ast.js";
import { createBuiltinRegistry } from "../src/functions/builtins.js";
import { corpusRoot, forEachNode, invalidListPath, loadCorpus, loadInvalidList, type CorpusQuery } from "../test/corpus/corpus.js";

/** Timing passes over the whole corpus; the first pass only warms up the JIT. */
const TIMING_PASSES = 3;

interface FunctionUse {
  /** Spelling seen most often. */
  spelling: string;
  spellings: Map<string, number>;
  queries: number;
}

function main(): void {
  const queries = loadCorpus();
  const invalid = loadInvalidList();
  const trees = new Map<string, Query>();
  const unlisted: string[] = [];

  for (const query of queries) {
    const result = parseWithDiagnostics(query.text);
    if (result.ast) {
      trees.set(query.name, result.ast);
      continue;
    }
    if (!invalid.has(query.name)) {
      const first = result.diagnostics[0]!;
      unlisted.push(`  ${query.name}:${first.line}:${first.column}: ${first.message}`);
    }
  }

  printParseRate(queries.length, trees.size, invalid, unlisted);
  printTiming(queries);
  printMissingFunctions(trees);
}

function printParseRate(total: number, parsed: number, invalid: Map<string, string>, unlisted: string[]): void {
  const candidates = total - invalid.size;
  console.log(`Corpus: ${corpusRoot}`);
  console.log(`Parsed ${parsed} of ${total} queries (${percent(parsed, total)}).`);
  console.log(`${invalid.size} are listed as invalid CQL in ${invalidListPath};`);
  console.log(`of the other ${candidates}, ${candidates - unlisted.length} parse (${percent(candidates - unlisted.length, candidates)}).`);
  if (unlisted.length > 0) {
    console.log(`\nQueries that do not parse and are not listed as invalid:\n${unlisted.join("\n")}`);
  }
}

function printTiming(queries: readonly CorpusQuery[]): void {
  const samples: number[][] = queries.map(() => []);
  for (let pass = 0; pass < TIMING_PASSES; pass++) {
    queries.forEach((query, index) => {
      const start = performance.now();
      parseWithDiagnostics(query.text);
      if (pass > 0) samples[index]!.push(performance.now() - start);
    });
  }

  const perQuery = samples.map(median);
  const totalChars = queries.reduce((sum, query) => sum + query.text.length, 0);
  console.log(
    `\nMedian parse time per query: ${median(perQuery).toFixed(3)} ms ` +
      `(mean ${mean(perQuery).toFixed(3)} ms, slowest ${Math.max(...perQuery).toFixed(2)} ms; ` +
      `queries average ${Math.round(totalChars / queries.length)} characters; Node ${process.version}; median of ${TIMING_PASSES - 1} timed runs per query after a warm-up run).`,
  );
}

function printMissingFunctions(trees: Map<string, Query>): void {
  const uses = countFunctionUses(trees);
  const registry = createBuiltinRegistry();
  const missing = [...uses.values()].filter((use) => registry.lookup(use.spelling) === undefined);
  missing.sort((a, b) => b.queries - a.queries || a.spelling.localeCompare(b.spelling));

  console.log(`\nFunctions the corpus calls that the registry does not define (${missing.length} of ${uses.size}):`);
  console.log("  queries  function (other spellings)");
  for (const use of missing) {
    const others = [...use.spellings.keys()].filter((spelling) => spelling !== use.spelling);
    const suffix = others.length > 0 ? ` (${others.join(", ")})` : "";
    console.log(`  ${String(use.queries).padStart(7)}  ${use.spelling}${suffix}`);
  }
}

/** Counts, per function name ignoring case, the queries that call it; saved searches are left out. */
function countFunctionUses(trees: Map<string, Query>): Map<string, FunctionUse> {
  const uses = new Map<string, FunctionUse>();
  for (const tree of trees.values()) {
    const seen = new Set<string>();
    forEachNode(tree, (node) => {
      if (node.kind !== "Call" || (node as Call).saved) return;
      const name = (node as Call).name;
      const key = name.toLowerCase();
      const use = uses.get(key) ?? { spelling: name, spellings: new Map(), queries: 0 };
      use.spellings.set(name, (use.spellings.get(name) ?? 0) + 1);
      if (!seen.has(key)) use.queries++;
      seen.add(key);
      uses.set(key, use);
    });
  }

  for (const use of uses.values()) {
    use.spelling = [...use.spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
  return uses;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(2)}%`;
}

main();
