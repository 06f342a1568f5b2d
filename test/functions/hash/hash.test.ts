import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("hash", () => {
  it("gives the same hash for the same values", () => {
    // functions-hash: the same values and seed always give the same hash, in [0, 4294967295].
    const rows = runQuery("hash(a)", [{ a: "alice" }, { a: "bob" }, { a: "alice" }]);
    const values = rows.map((row) => Number(row._hash));
    expect(values[0]).toBe(values[2]);
    expect(values[0]).not.toBe(values[1]);
    for (const value of values) {
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(4294967295);
    }
  });

  it("stays below limit", () => {
    // functions-hash: hash([a,b,c], limit=10) is the hash modulo 10.
    const rows = runQuery("hash([a, b, c], limit=10)", Array.from({ length: 20 }, (_, index) => ({ a: String(index), b: "x", c: "y" })));
    expect(rows.every((row) => Number(row._hash) >= 0 && Number(row._hash) < 10)).toBe(true);
  });

  it("changes with the seed", () => {
    const [row] = runQuery("s10 := hash(field=[u], seed=10) | s20 := hash(field=[u], seed=20)", [{ u: "alice" }]);
    expect(row?.s10).not.toBe(row?.s20);
  });

  it("keeps the field order significant", () => {
    const [row] = runQuery("x := hash([a, b]) | y := hash([b, a])", [{ a: "1", b: "2" }]);
    expect(row?.x).not.toBe(row?.y);
  });

  it("rejects a limit of 0", () => {
    expect(errorOf(() => runQuery("hash(a, limit=0)", [])).message).toMatch(/0 is below the minimum 1/);
  });
});
