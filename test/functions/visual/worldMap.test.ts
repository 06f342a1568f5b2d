import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";
import { encodeGeohash } from "../../../src/functions/network/geohash.js";

describe("geohash", () => {
  it("encodes the docs' Greenwich example", () => {
    // functions-geohash: lat 51.477928, lon 0.0 at precision 12 gives gcpuzgrbxvrc.
    expect(encodeGeohash(51.477928, 0, 12)).toBe("gcpuzgrbxvrc");
  });

  it("encodes the textbook example", () => {
    expect(encodeGeohash(57.64911, 10.40744, 11)).toBe("u4pruydqqvj");
  });
});

describe("worldMap", () => {
  const events = [
    { lat: "51.477928", lon: "0", aid: "a" },
    { lat: "51.48", lon: "-0.001", aid: "b" },
    { lat: "57.64911", lon: "10.40744", aid: "a" },
    { lat: "north", lon: "0" },
  ];

  it("counts positions per geohash cell", () => {
    expect(runQuery("worldMap(lat=lat, lon=lon)", events)).toEqual([
      { geohash: "gcpu", magnitude: "2" },
      { geohash: "u4pr", magnitude: "1" },
    ]);
  });

  it("uses the magnitude aggregate and precision", () => {
    const rows = runQuery("worldMap(lat=lat, lon=lon, magnitude=count(aid, distinct=true), precision=1)", events);
    expect(rows).toEqual([
      { geohash: "g", magnitude: "2" },
      { geohash: "u", magnitude: "1" },
    ]);
  });

  it("reads an IP's location fields", () => {
    const input = [{ ip: "192.0.2.1", "ip.lat": "51.477928", "ip.lon": "0" }, { ip: "192.0.2.2" }];
    const { events: rows, warnings } = runWithWarnings("worldMap(ip=ip)", input);
    expect(rows).toEqual([{ geohash: "gcpu", magnitude: "1" }]);
    expect(warnings[0]).toMatch(/no geolocation database is available offline/);
  });

  it("requires a position", () => {
    expect(errorOf(() => runQuery("worldMap(lat=lat)", [])).message).toBe("worldMap() needs ip=field, or both lat=field and lon=field");
  });

  it("rejects precision above 12", () => {
    expect(errorOf(() => runQuery("worldMap(lat=a, lon=b, precision=13)", [])).message).toMatch(/^invalid value for precision/);
  });
});
