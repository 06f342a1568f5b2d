import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const EVENTS = [{ ip: "10.1.2.3" }, { ip: "11.0.0.1" }, { ip: "2001:db8::1" }, { ip: "not-an-ip" }, {}];

describe("cidr", () => {
  it("keeps addresses in IPv4 and IPv6 subnets", () => {
    expect(runQuery('cidr(ip, subnet=["10.0.0.0/8", "2001:db8::/32"])', EVENTS)).toEqual([{ ip: "10.1.2.3" }, { ip: "2001:db8::1" }]);
  });

  it("negated keeps the rest, missing fields included", () => {
    expect(runQuery('!cidr(ip, subnet="10.0.0.0/8")', EVENTS)).toEqual([{ ip: "11.0.0.1" }, { ip: "2001:db8::1" }, { ip: "not-an-ip" }, {}]);
    expect(runQuery('cidr(ip, subnet="10.0.0.0/8", negate=true)', EVENTS)).toHaveLength(4);
  });

  it("treats a lone address as a one-address subnet", () => {
    expect(runQuery('cidr(ip, subnet="10.1.2.3")', EVENTS)).toEqual([{ ip: "10.1.2.3" }]);
  });

  it("reads subnets from a lookup file column", () => {
    const files = { "nets.csv": "net,name\n10.0.0.0/8,internal\n2001:db8::/32,docs\n" };
    expect(runQuery('cidr(ip, file="nets.csv", column=net)', EVENTS, { files })).toEqual([{ ip: "10.1.2.3" }, { ip: "2001:db8::1" }]);
  });

  it("rejects an invalid subnet", () => {
    expect(errorOf(() => runQuery('cidr(ip, subnet="10.0.0.0/33")', [])).message).toMatch(/invalid subnet "10.0.0.0\/33"/);
  });

  it("requires subnets or a file", () => {
    expect(errorOf(() => runQuery("cidr(ip)", [])).message).toMatch(/give subnet=/);
  });
});

describe("subnet", () => {
  it("writes the network of the prefix", () => {
    // 10.2.3.4 with 23 bits: the third octet 3 (00000011) loses its last bit, giving 2.
    expect(runQuery("subnet(ip, bits=23)", [{ ip: "10.2.3.4" }])[0]?._subnet).toBe("10.2.2.0/23");
  });

  it("writes nothing for IPv6 or other text", () => {
    expect(runQuery("subnet(ip, bits=8)", [{ ip: "::1" }, { ip: "x" }, {}])).toEqual([{ ip: "::1" }, { ip: "x" }, {}]);
  });
});
