import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const events = [
  { "@timestamp": "2", x: "b", size: "10" },
  { "@timestamp": "3", x: "c", size: "7" },
  { "@timestamp": "1", x: "a", size: "12" },
];

describe("selectFromMax and selectFromMin", () => {
  it("keep the included fields of the extreme event", () => {
    // functions-selectfrommax example: selectFromMax(@timestamp, include=[x, @timestamp]).
    expect(runQuery("selectFromMax(@timestamp, include=[x, @timestamp])", events)).toEqual([{ x: "c", "@timestamp": "3" }]);
    expect(runQuery("selectFromMin(size, include=[x])", events)).toEqual([{ x: "c" }]);
  });

  it("compare numbers, not text", () => {
    expect(runQuery("selectFromMax(size, include=[x])", events)).toEqual([{ x: "a" }]);
  });

  it("take the first of tied events", () => {
    expect(runQuery("selectFromMax(n, include=[id])", [{ n: "5", id: "first" }, { n: "5", id: "second" }])).toEqual([{ id: "first" }]);
  });

  it("skip events without a number", () => {
    expect(runQuery("selectFromMin(n, include=[id])", [{ n: "low", id: "text" }, { id: "none" }, { n: "9", id: "nine" }])).toEqual([{ id: "nine" }]);
  });

  it("leave out included fields the event lacks", () => {
    expect(runQuery("selectFromMax(n, include=[a, b])", [{ n: "1", a: "x" }])).toEqual([{ a: "x" }]);
  });

  it("emit no row without a number", () => {
    expect(runQuery("selectFromMax(n, include=[a])", [{ a: "x" }])).toEqual([]);
  });

  it("run per group", () => {
    const rows = runQuery("groupBy(host, function=selectFromMax(cpu, include=[process]))", [
      { host: "h1", cpu: "10", process: "a" },
      { host: "h1", cpu: "90", process: "b" },
      { host: "h2", cpu: "50", process: "c" },
    ]);
    expect(rows).toEqual([
      { host: "h1", process: "b" },
      { host: "h2", process: "c" },
    ]);
  });

  it("require include", () => {
    expect(errorOf(() => runQuery("selectFromMin(n)", [])).message).toMatch(/missing required argument include/);
  });
});
