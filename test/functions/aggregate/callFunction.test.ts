import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const values = [{ value: "2" }, { value: "8" }, { value: "x" }, {}];

describe("callFunction", () => {
  it("runs the named function into _function", () => {
    // avg of 2 and 8 = 5; sum 10; max 8; min 2; range 6; count of events with value 3.
    expect(runQuery('callFunction("avg", field=value)', values)).toEqual([{ _function: "5" }]);
    expect(runQuery("callFunction(sum, field=value)", values)).toEqual([{ _function: "10" }]);
    expect(runQuery("callFunction(max, field=value)", values)).toEqual([{ _function: "8" }]);
    expect(runQuery("callFunction(min, field=value)", values)).toEqual([{ _function: "2" }]);
    expect(runQuery("callFunction(range, field=value)", values)).toEqual([{ _function: "6" }]);
    expect(runQuery("callFunction(count, field=value)", values)).toEqual([{ _function: "3" }]);
  });

  it("takes the function from a query parameter", () => {
    // functions-callfunction example: callFunction(?{function=count}, field=value).
    expect(runQuery("callFunction(?{function=count}, field=value)", values)).toEqual([{ _function: "3" }]);
    expect(runQuery("callFunction(?function, field=value)", values, { parameters: { function: "sum" } })).toEqual([{ _function: "10" }]);
  });

  it("writes to the := name", () => {
    expect(runQuery('avg_sent := callFunction("avg", field=value)', values)).toEqual([{ avg_sent: "5" }]);
  });

  it("rejects other functions", () => {
    expect(errorOf(() => runQuery("callFunction(median, field=value)", [])).message).toMatch(/"median" is not one of "avg", "count", "max", "min", "range", "sum"/);
  });
});
