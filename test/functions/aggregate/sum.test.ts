import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("sum", () => {
  it("adds the numbers of a field into _sum", () => {
    // 1 + 2.5 + -4 = -0.5
    expect(runQuery("sum(x)", [{ x: "1" }, { x: "2.5" }, { x: "-4" }])).toEqual([{ _sum: "-0.5" }]);
  });

  it("skips missing and non-numeric values", () => {
    expect(runQuery("sum(x)", [{ x: "3" }, {}, { x: "n/a" }, { x: "1,000" }, { x: "4" }])).toEqual([{ _sum: "7" }]);
  });

  it("gives 0 without any number", () => {
    expect(runQuery("sum(x)", [{ y: "1" }])).toEqual([{ _sum: "0" }]);
  });

  it("writes to as", () => {
    expect(runQuery("total := sum(x)", [{ x: "2" }, { x: "3" }])).toEqual([{ total: "5" }]);
  });

  it("sums per group", () => {
    // functions-sum example rows for two hosts: A1 15000000 + 8900000, B2 25000000.
    const events = [
      { ComputerName: "A1", BytesReceived: "15000000" },
      { ComputerName: "A1", BytesReceived: "8900000" },
      { ComputerName: "B2", BytesReceived: "25000000" },
    ];
    expect(runQuery("groupBy([ComputerName], function=sum(field=BytesReceived, as=InboundTraffic))", events)).toEqual([
      { ComputerName: "A1", InboundTraffic: "23900000" },
      { ComputerName: "B2", InboundTraffic: "25000000" },
    ]);
  });

  it("rejects a call without field", () => {
    expect(errorOf(() => runQuery("sum()", [])).message).toMatch(/missing required argument field/);
  });
});
