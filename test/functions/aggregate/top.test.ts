import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

// The repo values of the functions-top example "Create Frequency Count With Formatted Links".
const repos = ["frontend-app", "backend-api", "frontend-app", "database-service", "frontend-app", "backend-api", "monitoring-tool", "frontend-app"].map(
  (repo) => ({ repo }),
);

describe("top", () => {
  it("counts values, largest count first", () => {
    // frontend-app 4, backend-api 2; database-service and monitoring-tool 1 each, first seen first.
    expect(runQuery("top(repo)", repos)).toEqual([
      { repo: "frontend-app", _count: "4" },
      { repo: "backend-api", _count: "2" },
      { repo: "database-service", _count: "1" },
      { repo: "monitoring-tool", _count: "1" },
    ]);
  });

  it("keeps limit rows and adds the rest row", () => {
    // The two values outside the top 2 account for 1 + 1 = 2 events.
    expect(runQuery("top(repo, limit=2, rest=others)", repos)).toEqual([
      { repo: "frontend-app", _count: "4" },
      { repo: "backend-api", _count: "2" },
      { repo: "others", _count: "2" },
    ]);
  });

  it("adds no rest row when nothing is left out", () => {
    expect(runQuery("top(repo, limit=12, rest=others)", repos)).toHaveLength(4);
  });

  it("adds percent of the total", () => {
    // 4 / 8 * 100 = 50, 2 / 8 * 100 = 25, rest 2 / 8 * 100 = 25.
    expect(runQuery("top(repo, limit=2, percent=true, rest=others)", repos)).toEqual([
      { repo: "frontend-app", _count: "4", percent: "50" },
      { repo: "backend-api", _count: "2", percent: "25" },
      { repo: "others", _count: "2", percent: "25" },
    ]);
  });

  it("ranks by the sum of a field", () => {
    // functions-top example: dev 3200 + 3800 = 7000, prod 2300 + 2700 = 5000, staging 1500.
    const events = [
      { repoUser: "production/john.doe", deltaTotalCost: "2300" },
      { repoUser: "development/jane.smith", deltaTotalCost: "3200" },
      { repoUser: "staging/bob.wilson", deltaTotalCost: "1500" },
      { repoUser: "production/john.doe", deltaTotalCost: "2700" },
      { repoUser: "development/jane.smith", deltaTotalCost: "3800" },
    ];
    expect(runQuery("top(repoUser, sum=deltaTotalCost, as=cost)", events)).toEqual([
      { repoUser: "development/jane.smith", cost: "7000" },
      { repoUser: "production/john.doe", cost: "5000" },
      { repoUser: "staging/bob.wilson", cost: "1500" },
    ]);
  });

  it("ranks by the max of a field into _max", () => {
    const events = [{ h: "a", ms: "5" }, { h: "b", ms: "9" }, { h: "a", ms: "12" }, { h: "c", ms: "slow" }];
    expect(runQuery("top(h, max=ms)", events)).toEqual([
      { h: "a", _max: "12" },
      { h: "b", _max: "9" },
    ]);
  });

  it("counts combinations of several fields", () => {
    const events = [{ a: "1", b: "x" }, { a: "1", b: "y" }, { a: "1", b: "x" }, { a: "1" }];
    expect(runQuery("top([a, b])", events)).toEqual([
      { a: "1", b: "x", _count: "2" },
      { a: "1", b: "y", _count: "1" },
    ]);
  });

  it("puts the rest label in every key field", () => {
    const events = [{ a: "1", b: "x" }, { a: "1", b: "x" }, { a: "2", b: "y" }];
    expect(runQuery("top([a, b], limit=1, rest=Other)", events)).toEqual([
      { a: "1", b: "x", _count: "2" },
      { a: "Other", b: "Other", _count: "1" },
    ]);
  });

  it("rejects sum and max together", () => {
    expect(errorOf(() => runQuery("top(a, sum=b, max=c)", [])).message).toMatch(/takes sum= or max=, not both/);
  });

  it("rejects limit=0", () => {
    expect(errorOf(() => runQuery("top(a, limit=0)", [])).message).toMatch(/invalid value for limit/);
  });
});
