import { describe, expect, it } from "vitest";
import { MAX_CHAIN_DEPTH } from "../../src/analysis/chainDepth.js";
import { compile, CqlQueryError, ErrorCodes } from "../../src/index.js";

/** Returns the error compiling `text` raises, failing the test when it raises none. */
function compileError(text: string): CqlQueryError {
  try {
    compile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CqlQueryError);
    return error as CqlQueryError;
  }
  throw new Error("expected the query to be rejected");
}

const steps = (count: number, step = "a=1") => Array(count).fill(step).join(" | ");

describe("chain depth limit", () => {
  it("runs queries at the limit", () => {
    const atLimit = [
      steps(MAX_CHAIN_DEPTH),
      steps(MAX_CHAIN_DEPTH, "x:=a"),
      // One step, then 999 operators.
      `x:=1${"+1".repeat(MAX_CHAIN_DEPTH - 1)}`,
      Array(MAX_CHAIN_DEPTH - 1).fill("a=1").join(" "),
      `${steps(100)} | case { ${steps(MAX_CHAIN_DEPTH - 101)} }`,
    ];
    for (const text of atLimit) {
      expect(compile(text).run([{ a: "1" }]).events, text.slice(0, 40)).toHaveLength(1);
    }
  });

  it("rejects a long pipeline at the first step past the limit", () => {
    const error = compileError(steps(12_000));
    expect(error.code).toBe(ErrorCodes.limitExceeded);
    expect(error.message).toMatch(/^query too deeply chained: more than 1000 pipeline steps/);
    // Step 1001 starts after 1000 steps of "a=1 | ", 6 characters each.
    expect(error.offset).toBe(6000);
    expect(error.column).toBe(6001);
  });

  it("rejects long chains of operators and filters", () => {
    expect(compileError(`x:=1${"+1".repeat(10_000)}`).code).toBe(ErrorCodes.limitExceeded);
    expect(compileError(Array(12_000).fill("a=1").join(" ")).code).toBe(ErrorCodes.limitExceeded);
    expect(compileError(Array(12_000).fill("a=1").join(" and ")).code).toBe(ErrorCodes.limitExceeded);
  });

  it("adds up chains along the nesting", () => {
    const error = compileError(`${steps(600)} | case { ${steps(600)} }`);
    expect(error.code).toBe(ErrorCodes.limitExceeded);
  });

  it("accepts long lists of alternatives", () => {
    const query = compile(Array(20_000).fill("a=2").join(" or ") + " or a=1");
    expect(query.run([{ a: "1" }]).events).toHaveLength(1);
  });

  it("names the file and shows the place", () => {
    try {
      compile(steps(1_001), { file: "long.cql" });
    } catch (error) {
      expect((error as CqlQueryError).format()).toMatch(/^long\.cql:1:6001: query too deeply chained/);
      return;
    }
    throw new Error("expected the query to be rejected");
  });
});
