import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const MINUTE = 60_000;
const at = (minute: number, fields: Record<string, string>) => ({ "@timestamp": String(minute * MINUTE), ...fields });

describe("session", () => {
  it("counts events per session with the default 15m pause", () => {
    // Gaps: 2, 3 min (one session), 20 min (new session), 15 min (same session: not more than 15).
    const events = [at(0, {}), at(2, {}), at(5, {}), at(25, {}), at(40, {})];
    expect(runQuery("session()", events)).toEqual([{ _count: "3" }, { _count: "2" }]);
  });

  it("splits sessions per group", () => {
    // functions-session example "Count Unique Visitors Based on Client IP Addresses": the
    // first address has a 15.5 minute pause, so 2 + 1 + 1 = 4 sessions.
    const events = [
      { "@timestamp": String(Date.parse("2025-05-15T05:30:00Z")), client_ip: "192.168.1.100" },
      { "@timestamp": String(Date.parse("2025-05-15T05:31:15Z")), client_ip: "192.168.1.100" },
      { "@timestamp": String(Date.parse("2025-05-15T05:32:30Z")), client_ip: "192.168.1.100" },
      { "@timestamp": String(Date.parse("2025-05-15T05:48:00Z")), client_ip: "192.168.1.100" },
      { "@timestamp": String(Date.parse("2025-05-15T05:30:05Z")), client_ip: "192.168.1.101" },
      { "@timestamp": String(Date.parse("2025-05-15T05:35:10Z")), client_ip: "192.168.1.101" },
      { "@timestamp": String(Date.parse("2025-05-15T05:40:00Z")), client_ip: "192.168.1.102" },
    ];
    expect(runQuery("groupBy(client_ip, function=session(maxpause=15m)) | count()", events)).toEqual([{ _count: "4" }]);
  });

  it("runs several aggregates per session", () => {
    const events = [at(0, { bet: "25.99" }), at(2, { bet: "49.99" }), at(30, { bet: "150.00" }), at(31, { bet: "99.99" })];
    expect(runQuery("session([max(bet), min(bet)])", events)).toEqual([
      { _max: "49.99", _min: "25.99" },
      { _max: "150.00", _min: "99.99" },
    ]);
  });

  it("orders events by time before splitting", () => {
    const events = [at(30, {}), at(0, {}), at(1, {})];
    expect(runQuery("session(maxpause=5m)", events)).toEqual([{ _count: "2" }, { _count: "1" }]);
  });

  it("ignores events without a timestamp", () => {
    expect(runQuery("session()", [{ id: "x" }, at(1, {})])).toEqual([{ _count: "1" }]);
  });

  it("rejects an invalid maxpause", () => {
    expect(errorOf(() => runQuery("session(maxpause=forever)", [])).message).toMatch(/invalid maxpause "forever"/);
  });
});
