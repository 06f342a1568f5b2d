import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const COMMUNITY_ID = "communityId(sourceip=s, destinationip=d, sourceport=sp, destinationport=dp, proto=p)";

describe("communityId", () => {
  it("matches the specification's TCP example", () => {
    // Community ID specification test vector, seed 0.
    const out = runQuery(COMMUNITY_ID, [{ s: "128.232.110.120", d: "66.35.250.204", sp: 34855, dp: 80, p: 6 }]);
    expect(out[0]?._community_id).toBe("1:LQU9qZlK+B5F3KDmev6m5PMibrg=");
  });

  it("is the same in both directions and for protocol names", () => {
    const out = runQuery(COMMUNITY_ID, [
      { s: "66.35.250.204", d: "128.232.110.120", sp: 80, dp: 34855, p: "tcp" },
    ]);
    expect(out[0]?._community_id).toBe("1:LQU9qZlK+B5F3KDmev6m5PMibrg=");
  });

  it("maps ICMP echo to its reply", () => {
    // Community ID specification test vector: ICMP echo request, type 8 code 0.
    const out = runQuery(COMMUNITY_ID, [{ s: "192.168.0.89", d: "192.168.0.1", sp: 8, dp: 0, p: "icmp" }]);
    expect(out[0]?._community_id).toBe("1:X0snYXpgwiv9TZtqg64sgzUn6Dk=");
  });

  it("writes the empty string for invalid input", () => {
    const events = [{ s: "x", d: "1.1.1.1", sp: 1, dp: 2, p: 6 }, { s: "1.1.1.1", d: "2.2.2.2", sp: 1, dp: 70000, p: 6 }, { s: "1.1.1.1", d: "2.2.2.2", sp: 1, dp: 2, p: "carrier-pigeon" }];
    expect(runQuery(COMMUNITY_ID, events).map((event) => event._community_id)).toEqual(["", "", ""]);
  });

  it("hashes without ports when none are given", () => {
    // Flows from the Tenzir community_id documentation: with ports for TCP, without for UDP.
    const out = runQuery("a := communityId(sourceip=s, destinationip=d, sourceport=sp, destinationport=dp, proto=p) | b := communityId(sourceip=s, destinationip=d, proto=q)", [
      { s: "1.2.3.4", d: "43.3.132.3", sp: 4584, dp: 3483, p: "tcp", q: "udp" },
    ]);
    expect(out[0]?.a).toBe("1:koNcqhFRD5kb254ZrLsdv630jCM=");
    expect(out[0]?.b).toBe("1:7TrrMeH98PrUKC0ySu3RNmpUr48=");
  });

  it("reads ICMP type and code from their own fields", () => {
    const out = runQuery("communityId(sourceip=s, destinationip=d, icmptype=t, icmpcode=c, proto=p)", [{ s: "192.168.0.89", d: "192.168.0.1", t: 8, c: 0, p: 1 }]);
    expect(out[0]?._community_id).toBe("1:X0snYXpgwiv9TZtqg64sgzUn6Dk=");
  });
});

describe("geohash and geography:distance", () => {
  it("encodes the standard example", () => {
    // 57.64911, 10.40744 is u4pruydqqvj; five characters give u4pru.
    expect(runQuery("geohash(lat=la, lon=lo, precision=5)", [{ la: 57.64911, lo: 10.40744 }])[0]?._geohash).toBe("u4pru");
    expect(runQuery("geohash(lat=la, lon=lo, precision=11, as=g)", [{ la: 57.64911, lo: 10.40744 }])[0]?.g).toBe("u4pruydqqvj");
    // The default precision is 12 characters.
    expect(runQuery("geohash(lat=la, lon=lo)", [{ la: 57.64911, lo: 10.40744 }])[0]?._geohash).toHaveLength(12);
  });

  it("skips coordinates out of range", () => {
    expect(runQuery("geohash(lat=la, lon=lo)", [{ la: 91, lo: 0 }, { la: "x", lo: 0 }, {}]).every((event) => event._geohash === undefined)).toBe(true);
  });

  it("measures London to Paris", () => {
    // Haversine with R = 6371008.8 m gives about 343.56 km.
    const distance = Number(runQuery("geography:distance(lat1=a, lon1=b, lat2=c, lon2=d)", [{ a: 51.5074, b: -0.1278, c: 48.8566, d: 2.3522 }])[0]?._distance);
    expect(distance).toBeCloseTo(343_556.5, 0);
  });

  it("accepts numbers for coordinates", () => {
    expect(runQuery("geography:distance(lat1=a, lon1=b, lat2=0, lon2=0, as=m)", [{ a: 0, b: 0 }])[0]?.m).toBe("0");
  });
});

describe("bitfield:extractFlags", () => {
  const QUERY = "bitfield:extractFlags(field=f, output=[[0, A], [1, B], [63, Z]])";

  it("writes one field per bit", () => {
    expect(runQuery(QUERY, [{ f: "1" }])[0]).toEqual({ f: "1", A: "true", B: "false", Z: "false" });
    // 0x2 sets only bit 1; -1 is all 64 bits set in two's complement.
    expect(runQuery(QUERY, [{ f: "0x2" }])[0]).toMatchObject({ A: "false", B: "true" });
    expect(runQuery(QUERY, [{ f: "-1" }])[0]).toMatchObject({ A: "true", B: "true", Z: "true" });
  });

  it("writes only set bits with onlyTrue", () => {
    expect(runQuery("bitfield:extractFlags(field=f, onlyTrue=true, output=[[0, A], [1, B]])", [{ f: "2" }])[0]).toEqual({ f: "2", B: "true" });
  });

  it("leaves non-integers alone", () => {
    expect(runQuery(QUERY, [{ f: "1.5" }, {}])).toEqual([{ f: "1.5" }, {}]);
  });

  it("rejects a malformed output list", () => {
    expect(errorOf(() => runQuery("bitfield:extractFlags(field=f, output=[[64, A]])", [])).message).toMatch(/indexes 0 to 63/);
  });
});

describe("geography:distance inputs", () => {
  it("writes nothing when a coordinate is missing or not a number", () => {
    const query = "geography:distance(lat1=a, lon1=b, lat2=c, lon2=d)";
    expect(runQuery(query, [{ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 3, d: "east" }]).every((event) => event._distance === undefined)).toBe(true);
  });
});
