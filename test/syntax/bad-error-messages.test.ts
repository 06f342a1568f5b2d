/**
 * Diagnostics still judged poor: each test pins today's output, and its comment describes a
 * better message. When a message improves, its snapshot here changes; move the case to
 * diagnostics.test.ts then.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { CqlPositionedError } from "../../src/errors/index.js";

function diagnose(text: string): string {
  try {
    compile(text, { file: "query.cql" });
  } catch (error) {
    if (error instanceof CqlPositionedError) return error.format();
    throw error;
  }
  throw new Error(`expected the query to be rejected: ${text}`);
}

describe("poor diagnostics", () => {
  // Better: "`=` names an argument; to compare a with b inside test(), write a == b".
  it("single equals inside test()", () => {
    expect(diagnose("test(a = b)")).toMatchInlineSnapshot(`
      "query.cql:1:6: unknown argument a for test(). Valid arguments: expression
      test(a = b)
           ^"
    `);
  });

  // Better: point to the list of functions (docs/functions.md) when no name is close.
  it("unknown function without a suggestion", () => {
    expect(diagnose("frobnicate()")).toMatchInlineSnapshot(`
      "query.cql:1:1: unknown function frobnicate().
      frobnicate()
      ^^^^^^^^^^"
    `);
  });

  // Better: "compare the output field in a new step: count(x) | _count > 5".
  it("comparison after an aggregate call", () => {
    expect(diagnose("count(x) > 5")).toMatchInlineSnapshot(`
      "query.cql:1:10: expected \`|\` before \`>\`: each new pipeline step starts with \`|\`
      count(x) > 5
               ^"
    `);
  });

  // Better: "missing `]` after `ComputerName`: a named argument cannot stand inside [ ]".
  it("named argument inside an array", () => {
    expect(diagnose("groupBy([ComputerName, function=count())")).toMatchInlineSnapshot(`
      "query.cql:1:32: expected \`]\` to close the \`[\` opened at 1:9, but found \`=\`
      groupBy([ComputerName, function=count())
                                     ^"
    `);
  });

  // Better: "`by` is Splunk syntax; write groupBy(x, function=count())".
  it("splunk-style stats by", () => {
    expect(diagnose("stats count() by x")).toMatchInlineSnapshot(`
      "query.cql:1:15: free-text search is only allowed before the first aggregate function; compare a field instead, e.g. @rawstring=*text*
      stats count() by x
                    ^^"
    `);
  });

  // Better: state that the string runs to the end of the query, and where the next `"` is expected
  // (strings may span lines, so the lexer cannot stop at the end of the line).
  it("unclosed string swallows later steps", () => {
    expect(diagnose('a="abc\n| groupBy(a)\n| sort(b)')).toMatchInlineSnapshot(`
      "query.cql:1:3: unterminated string: add the closing \`"\`
      a="abc
        ^"
    `);
  });
});
