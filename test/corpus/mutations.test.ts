/**
 * Damages corpus queries with small random edits and checks that the parser never throws, that
 * every rejected query gets at least one diagnostic located inside the text, and that every
 * accepted one survives the printer round trip. The edits are seeded, so failures reproduce.
 */
import { describe, expect, it } from "vitest";
import { parseWithDiagnostics } from "../../src/syntax/parser.js";
import { print } from "../../src/syntax/printer.js";
import { corpusRoot, loadCorpus, sharedFolderExists, withoutPositions } from "./corpus.js";

const MUTATIONS = 800;
const INSERTIONS = ["(", ")", "[", "]", "{", "}", "|", ";", ",", "=", "/", '"', "'", ":=", "=~", "!", "?", "$", "`", "\n", "*", "<=>", "//", "/*", "case", "=>", "or", "not", "-"];

/** A linear congruential generator: the same seed gives the same edits on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (result.length + 1));
    if (next() < 0.5) {
      result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 3));
    } else {
      result = result.slice(0, at) + INSERTIONS[Math.floor(next() * INSERTIONS.length)] + result.slice(at);
    }
  }
  return result;
}

/** Returns what is wrong with the parse of `text`, or undefined when nothing is. */
function inspect(text: string): string | undefined {
  const result = parseWithDiagnostics(text);
  if (result.ast) {
    const again = parseWithDiagnostics(print(result.ast));
    const same = again.ast !== undefined && JSON.stringify(withoutPositions(again.ast)) === JSON.stringify(withoutPositions(result.ast));
    return same ? undefined : "the printed query parses to a different tree";
  }

  if (result.diagnostics.length === 0) return "rejected without a diagnostic";
  for (const diagnostic of result.diagnostics) {
    const before = text.slice(0, Math.max(0, diagnostic.offset));
    const line = before.split("\n").length;
    const column = diagnostic.offset - (before.lastIndexOf("\n") + 1) + 1;
    if (diagnostic.offset < 0 || diagnostic.offset > text.length) return `offset ${diagnostic.offset} outside the text`;
    if (line !== diagnostic.line || column !== diagnostic.column) return `${diagnostic.line}:${diagnostic.column} does not match offset ${diagnostic.offset}`;
  }
  return undefined;
}

describe.skipIf(!sharedFolderExists(corpusRoot))("damaged corpus queries", () => {
  it("parse or fail with located diagnostics", () => {
    const queries = loadCorpus();
    const next = random(20240501);
    const problems: string[] = [];

    for (let i = 0; i < MUTATIONS; i++) {
      const text = mutate(queries[Math.floor(next() * queries.length)]!.text, next);
      let problem: string | undefined;
      try {
        problem = inspect(text);
      } catch (error) {
        problem = `threw ${(error as Error).message}`;
      }
      if (problem) problems.push(`${problem}: ${JSON.stringify(text.slice(0, 200))}`);
    }
    expect(problems).toEqual([]);
  });
});
