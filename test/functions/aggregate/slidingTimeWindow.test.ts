import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const timed = (...pairs: [number, string][]) => pairs.map(([time, event]) => ({ "@timestamp": String(time), event }));

describe("slidingTimeWindow", () => {
  it("finds B within a second after A", () => {
    // functions-slidingtimewindow example "Detect Two Events Occurring in Quick Succession".
    const events = timed([1451606300500, "A"], [1451606301000, "B"], [1451606302000, "A"], [1451606304000, "B"]);
    const query = 'head() | slidingTimeWindow([{event = "A" | count(event, as=countAs)}, selectLast(event)], span=1s) | countAs > 0 | event = "B"';
    expect(runQuery(query, events)).toEqual([{ "@timestamp": "1451606301000", event: "B", countAs: "1" }]);
  });

  it("keeps events less than span before the current one", () => {
    // span=2s at 0, 1000, 2000, 4500: windows {0}, {0, 1000}, {1000, 2000} (0 is 2 s back), {4500}.
    const rows = runQuery("slidingTimeWindow(count(), span=2s)", timed([0, "a"], [1000, "b"], [2000, "c"], [4500, "d"]));
    expect(rows.map((row) => row._count)).toEqual(["1", "2", "2", "1"]);
  });

  it("leaves out the current event with current=exclude", () => {
    const rows = runQuery("slidingTimeWindow(count(), span=2s, current=exclude)", timed([0, "a"], [1000, "b"], [2000, "c"]));
    expect(rows.map((row) => row._count)).toEqual(["0", "1", "1"]);
  });

  it("reads another timestamp field", () => {
    const events = [{ t: "0" }, { t: "500" }];
    expect(runQuery("slidingTimeWindow(count(), span=1s, timestampfield=t)", events).map((row) => row._count)).toEqual(["1", "2"]);
  });

  it("counts failures within three seconds per key", () => {
    // functions-slidingtimewindow example for key a: the success at 2600 sees five failures in
    // (-400, 2600]; the success at 4800 sees seven in (1800, 4800].
    const times = [1000, 2000, 2200, 2300, 2500, 2600, 4500, 4600, 4700, 4800];
    const statuses = ["failure", "failure", "failure", "failure", "failure", "success", "failure", "failure", "failure", "success"];
    const events = times.map((time, index) => ({ "@timestamp": String(time), key: "a", status: statuses[index] as string }));
    const query = 'head() | groupBy(key, function=slidingTimeWindow([{status="failure" | count(as=failures)}, selectLast(status)], span=3s)) | failures >= 3 | status="success"';
    expect(runQuery(query, events).map((row) => row.failures)).toEqual(["5", "7"]);
  });

  it("fails on events out of time order", () => {
    const error = errorOf(() => runQuery("slidingTimeWindow(count(), span=1s)", timed([2000, "a"], [1000, "b"])));
    expect(error.message).toMatch(/needs events in time order, but @timestamp 1000 follows 2000/);
  });

  it("fails on an event without a timestamp", () => {
    const error = errorOf(() => runQuery("slidingTimeWindow(count(), span=1s)", [{ event: "a" }]));
    expect(error.message).toMatch(/needs a numeric @timestamp on every event/);
  });

  it("rejects an invalid span", () => {
    expect(errorOf(() => runQuery("slidingTimeWindow(count(), span=soon)", [])).message).toMatch(/invalid span "soon"/);
  });
});
