/**
 * Access to the corpus of public CQL queries: one `.cql` file per query, in one folder per source
 * repository. CI places the corpus in `shared/corpus` beside the clone of this repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const corpusRoot = path.resolve(repoRoot, "../shared/corpus");
export const invalidListPath = path.join(repoRoot, "test/corpus/invalid.txt");

/**
 * Tells whether a folder of the shared data (corpus, conformance cases) exists beside the
 * repository. Without it, the tests that need it are skipped with a message, since a clone on its
 * own lacks the folder. CI lays the folder out and sets CQL_REQUIRE_SHARED=1, which turns a
 * missing folder into an error, so a broken CI checkout cannot pass by skipping.
 */
export function sharedFolderExists(folder: string): boolean {
  if (existsSync(folder)) return true;

  if (process.env.CQL_REQUIRE_SHARED === "1") {
    throw new Error(`${folder} not found, and CQL_REQUIRE_SHARED=1 requires it: place the shared/ folder beside the repository`);
  }
  console.warn(`skipping the tests that need ${folder}: the folder is missing (set CQL_REQUIRE_SHARED=1 to make this an error)`);
  return false;
}

export interface CorpusQuery {
  /** Path under the corpus folder, with `/` separators: `<source folder>/<name>.cql`. */
  name: string;
  text: string;
}

/** Reads every query of the corpus, sorted by name. */
export function loadCorpus(root = corpusRoot): CorpusQuery[] {
  if (!existsSync(root)) {
    throw new Error(`the query corpus was not found at ${root}: place the shared/ folder beside the repository`);
  }

  const queries: CorpusQuery[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;

    for (const file of readdirSync(path.join(root, folder.name))) {
      if (!file.endsWith(".cql")) continue;
      const name = `${folder.name}/${file}`;
      queries.push({ name, text: readFileSync(path.join(root, name), "utf8") });
    }
  }
  return queries.sort((a, b) => {
    if (a.name === b.name) return 0;
    return a.name < b.name ? -1 : 1;
  });
}

/** Reads invalid.txt: the queries known not to be valid CQL, mapped to the reason. */
export function loadInvalidList(file = invalidListPath): Map<string, string> {
  const listed = new Map<string, string>();
  const lines = readFileSync(file, "utf8").split("\n");

  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;

    const match = /^(\S+)\s+(\S.*)$/.exec(trimmed);
    if (!match) {
      throw new Error(`${file}:${index + 1}: expected a query file and a reason, found "${trimmed}"`);
    }
    listed.set(match[1]!, match[2]!);
  });
  return listed;
}

/** Calls `visit` on every object node of a syntax tree, parents before children. */
export function forEachNode(node: unknown, visit: (node: { kind?: string }) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) forEachNode(item, visit);
    return;
  }
  if (node === null || typeof node !== "object") return;

  visit(node as { kind?: string });
  for (const [key, value] of Object.entries(node)) {
    if (key !== "span" && key !== "nameSpan") forEachNode(value, visit);
  }
}

/** A copy of a syntax tree without source positions, for comparing trees parsed from different text. */
export function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node === null || typeof node !== "object") return node;

  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== "span" && key !== "nameSpan") copy[key] = withoutPositions(value);
  }
  return copy;
}
