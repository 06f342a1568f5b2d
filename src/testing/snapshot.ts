/**
 * Snapshot updates (`cql test --update`): a test that has `rows:` gets the query's current output
 * as its expected rows, written into the rule file (inline rows) or into the NDJSON file that
 * `rows:` names. Tests without `rows:` are never touched. Every update is returned with the
 * differences it records, so the caller can print what changed.
 */
import { readFile, writeFile } from "node:fs/promises";
import { isMap, isScalar, isSeq, Scalar, type Node } from "yaml";
import { compareRows, type Row } from "./compare.js";
import { parseYamlSource } from "./ruleFile.js";
import { InputError } from "../io/index.js";
import { loadRows, type DataCache, type TestResult } from "./runner.js";

export interface SnapshotUpdate {
  result: TestResult;
  /** The file that was written: the rule file or the rows file. */
  file: string;
  /** The differences between the old rows and the new ones, as `cql test` reports them. */
  changes: string[];
}

/**
 * Writes the current output of each test whose `rows:` differ from it. Tests that could not
 * run (their output is unknown) are left as they are.
 */
export async function updateSnapshots(results: readonly TestResult[], cache: DataCache): Promise<SnapshotUpdate[]> {
  const updates: SnapshotUpdate[] = [];
  const inlineByFile = new Map<string, { index: number; rows: Row[] }[]>();

  for (const result of results) {
    const { test, output } = result;
    if (test.rows === undefined || output === undefined) continue;

    const previous = "inline" in test.rows ? test.rows.inline : await previousFileRows(test.rows.file, cache);
    if (previous === undefined) continue;

    const changes = compareRows(previous, output, test.ordered);
    if (changes.length === 0) continue;

    if ("inline" in test.rows) {
      const file = result.rule.file;
      inlineByFile.set(file, [...(inlineByFile.get(file) ?? []), { index: test.index, rows: output }]);
      updates.push({ result, file, changes });
    } else {
      await writeFile(test.rows.file, output.map((row) => `${JSON.stringify(row)}\n`).join(""));
      cache.forget(test.rows.file);
      updates.push({ result, file: test.rows.file, changes });
    }
  }

  for (const [file, edits] of inlineByFile) {
    await rewriteInlineRows(file, edits);
  }

  return updates;
}

/**
 * Reads the rows a file has now. A missing file counts as no rows, so `--update` can create it.
 * A file that cannot be read as rows gives undefined and is left alone, and its test fails.
 */
async function previousFileRows(file: string, cache: DataCache): Promise<Row[] | undefined> {
  try {
    return await loadRows({ file }, cache);
  } catch (error) {
    const missing = error instanceof InputError && error.line === undefined && error.reason === "file not found";
    return missing ? [] : undefined;
  }
}

/**
 * Replaces `tests[i].rows` in the rule file, keeping its comments and layout elsewhere. Each row
 * is written on one line as a flow mapping with double-quoted values, so numbers stay strings.
 */
async function rewriteInlineRows(file: string, edits: readonly { index: number; rows: Row[] }[]): Promise<void> {
  const source = parseYamlSource(await readFile(file, "utf8"), file);
  const document = source.document;

  for (const edit of edits) {
    const node = document.createNode(edit.rows) as Node;
    if (isSeq(node)) {
      for (const item of node.items) {
        if (isMap(item)) {
          item.flow = true;
          for (const pair of item.items) {
            if (isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
          }
        }
      }
    }
    document.setIn(["tests", edit.index, "rows"], node);
  }

  await writeFile(file, document.toString({ lineWidth: 0 }));
}
