import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const statuses = (...values: string[]) => values.map((status) => ({ status }));

describe("percentage", () => {
  it("gives the share of events that pass the condition", () => {
    // functions-percentage syntax example: 2 of 4 events match status=2*.
    expect(runQuery("percentage({status=2*})", statuses("200", "201", "400", "500"))).toEqual([{ _percentage: "50" }]);
  });

  it("computes (passed / total) * 100", () => {
    // functions-percentage syntax example: 1 of 6 gives (1 / 6) * 100 = 16.666666666666664.
    const query = "[percentage({status=4*}, as=clientErrorPct), percentage({status=5*}, as=serverErrorPct)]";
    expect(runQuery(query, statuses("200", "201", "200", "301", "400", "500"))).toEqual([
      { clientErrorPct: "16.666666666666664", serverErrorPct: "16.666666666666664" },
    ]);
  });

  it("accepts a filter call as the condition", () => {
    expect(runQuery("percentage(test(n > 1))", [{ n: "1" }, { n: "2" }, { n: "3" }, {}])).toEqual([{ _percentage: "50" }]);
  });

  it("counts events that miss the field as failing", () => {
    expect(runQuery("percentage({status=2*})", [{ status: "200" }, {}])).toEqual([{ _percentage: "50" }]);
  });

  it("emits no row without events", () => {
    expect(runQuery("percentage({status=2*})", [])).toEqual([]);
  });

  it("rejects an aggregate in the condition", () => {
    expect(errorOf(() => runQuery("percentage({count()})", [])).message).toMatch(/condition of percentage\(\) must not aggregate/);
  });
});
