import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("range", () => {
  it("subtracts the smallest from the largest number", () => {
    // functions-range example: 3.456 - 0.125 = 3.331.
    const values = ["0.125", "2.543", "0.891", "1.234", "3.456", "0.567", "1.789", "0.234"];
    expect(runQuery("range(responsetime)", values.map((responsetime) => ({ responsetime })))).toEqual([{ _range: "3.331" }]);
  });

  it("runs per group", () => {
    // functions-range example: host1 95 - 50 = 45, host2 70 - 50 = 20.
    const events = [
      { host: "host1.com", cpu_usage: "50" },
      { host: "host1.com", cpu_usage: "95" },
      { host: "host1.com", cpu_usage: "65" },
      { host: "host2.com", cpu_usage: "50" },
      { host: "host2.com", cpu_usage: "70" },
    ];
    expect(runQuery("groupBy([host], function=range(cpu_usage))", events)).toEqual([
      { host: "host1.com", _range: "45" },
      { host: "host2.com", _range: "20" },
    ]);
  });

  it("gives 0 for a single number", () => {
    expect(runQuery("range(x)", [{ x: "7" }, { x: "n/a" }])).toEqual([{ _range: "0" }]);
  });

  it("emits no row without a number", () => {
    expect(runQuery("range(x)", [{ y: "7" }])).toEqual([]);
  });
});
