import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("partition", () => {
  it("splits before the event that meets the condition", () => {
    // functions-partition example "Divide Data Into Separate Partitions": split before the true.
    const events = ["false", "false", "false", "true", "false"].map((splitHere) => ({ splitHere }));
    expect(runQuery("head() | partition(count(), condition=test(splitHere))", events)).toEqual([{ _count: "3" }, { _count: "2" }]);
  });

  it("splits after the event with split=after", () => {
    const events = ["false", "true", "false", "false", "false"].map((splitHere) => ({ splitHere }));
    expect(runQuery("partition(count(), condition=test(splitHere), split=after)", events)).toEqual([{ _count: "2" }, { _count: "3" }]);
  });

  it("counts runs of equal keys with neighbor and accumulate", () => {
    // functions-partition example "Count Events Within Partitions Based on Condition".
    const events = ["a", "a", "a", "b", "a", "b", "b"].map((key) => ({ key }));
    const rows = runQuery("head() | neighbor(key, prefix=prev) | partition(accumulate(count()), condition=test(key != prev.key))", events);
    expect(rows.map((row) => [row.key, row._count])).toEqual([
      ["a", "1"],
      ["a", "2"],
      ["a", "3"],
      ["b", "1"],
      ["a", "1"],
      ["b", "1"],
      ["b", "2"],
    ]);
  });

  it("detects failures followed by a success per key", () => {
    // functions-partition example "Detect All Occurrences of Event A Before Event B", key a:
    // five failures from 1000 to 2500 then a success at 2600 (range 1600), then three failures
    // and a success from 4500 to 4800 (range 300).
    const a = [1000, 2000, 2200, 2300, 2500, 2600, 4500, 4600, 4700, 4800];
    const statuses = ["failure", "failure", "failure", "failure", "failure", "success", "failure", "failure", "failure", "success"];
    const events = a.map((time, index) => ({ "@timestamp": String(time), key: "a", status: statuses[index] as string }));
    const query = `head()
      | groupBy(key, function = partition(condition=test(status=="success"), split="after",
          [{ status="failure" | count(as=failures) }, range(@timestamp, as=timespan), selectLast(status)]))
      | failures >= 3 | status = "success"`;
    expect(runQuery(query, events)).toEqual([
      { key: "a", failures: "5", timespan: "1600", status: "success" },
      { key: "a", failures: "3", timespan: "300", status: "success" },
    ]);
  });

  it("accepts a subquery condition", () => {
    const events = [{ s: "x" }, { s: "start" }, { s: "y" }];
    expect(runQuery('partition(count(), condition={ s="start" })', events)).toEqual([{ _count: "1" }, { _count: "2" }]);
  });

  it("starts no empty partition", () => {
    // The first event meets the condition, so split=before opens no partition before it.
    const events = ["true", "false", "true"].map((splitHere) => ({ splitHere }));
    expect(runQuery("partition(count(), condition=test(splitHere))", events)).toEqual([{ _count: "2" }, { _count: "1" }]);
  });

  it("requires a condition", () => {
    expect(errorOf(() => runQuery("partition(count())", [])).message).toMatch(/missing required argument condition/);
  });
});
