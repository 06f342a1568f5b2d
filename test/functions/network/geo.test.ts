import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/cli.js";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";
import { writeMmdb } from "./mmdbWriter.js";

// A real free database: geo-whois-asn-country (CC0-1.0) from the ip-location-db project, a
// development dependency. It maps addresses to country codes only.
const require = createRequire(import.meta.url);
const COUNTRY_DB = require.resolve("@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb");

// Small databases in MaxMind's GeoIP2 City and ASN layouts, written for these tests.
const directory = mkdtempSync(join(tmpdir(), "cql-geo-"));
const CITY_DB = join(directory, "city.mmdb");
const ASN_DB = join(directory, "asn.mmdb");
writeFileSync(
  CITY_DB,
  writeMmdb("GeoIP2-City", [{ network: "81.2.69.0/24", record: { country: { iso_code: "GB" }, city: { names: { en: "London" } }, location: { latitude: 51.5142, longitude: -0.0931 } } }]),
);
writeFileSync(ASN_DB, writeMmdb("GeoLite2-ASN", [{ network: "1.128.0.0/11", record: { autonomous_system_number: 1221, autonomous_system_organization: "Telstra Pty Ltd" } }]));

describe("ipLocation", () => {
  it("reads country, city and coordinates", () => {
    const out = runQuery("ipLocation(ip)", [{ ip: "81.2.69.142" }], { geoDatabases: { location: CITY_DB } });
    expect(out[0]).toEqual({ ip: "81.2.69.142", "ip.country": "GB", "ip.city": "London", "ip.lat": "51.5142", "ip.lon": "-0.0931" });
  });

  it("writes under as and skips unknown addresses", () => {
    const out = runQuery("ipLocation(src, as=geo)", [{ src: "81.2.69.1" }, { src: "10.0.0.1" }, { src: "junk" }, {}], { geoDatabases: { location: CITY_DB } });
    expect(out[0]?.["geo.city"]).toBe("London");
    expect(out.slice(1)).toEqual([{ src: "10.0.0.1" }, { src: "junk" }, {}]);
  });

  it("reads the real country database", () => {
    // Google's 8.8.8.8 is registered in the United States; private 10.0.0.1 has no record.
    const out = runQuery("ipLocation()", [{ ip: "8.8.8.8" }, { ip: "2001:4860:4860::8888" }, { ip: "10.0.0.1" }], { geoDatabases: { location: COUNTRY_DB } });
    expect(out).toEqual([{ ip: "8.8.8.8", "ip.country": "US" }, { ip: "2001:4860:4860::8888", "ip.country": "US" }, { ip: "10.0.0.1" }]);
  });

  it("fails the run without a database", () => {
    expect(errorOf(() => runQuery("ipLocation(ip)", [{ ip: "8.8.8.8" }])).message).toMatch(/geoDatabases\.location/);
  });

  it("fails the run for an unreadable database", () => {
    expect(errorOf(() => runQuery("ipLocation(ip)", [], { geoDatabases: { location: join(directory, "missing.mmdb") } })).message).toMatch(/cannot read the location database/);
  });
});

describe("asn", () => {
  it("reads the AS number and organisation", () => {
    const out = runQuery("asn(ip)", [{ ip: "1.130.0.1" }, { ip: "8.8.8.8" }, { ip: "::1" }], { geoDatabases: { asn: ASN_DB } });
    expect(out).toEqual([{ ip: "1.130.0.1", "ip.asn": "1221", "ip.org": "Telstra Pty Ltd" }, { ip: "8.8.8.8" }, { ip: "::1" }]);
  });
});

describe("reverseDns and rdns", () => {
  const reverseDns = (address: string) => (address === "8.8.8.8" ? "dns.google" : undefined);

  it("adds names from the caller's resolver", () => {
    const out = runQuery("reverseDns(ip) | rdns(ip)", [{ ip: "8.8.8.8" }, { ip: "1.1.1.1" }, { ip: "x" }], { reverseDns });
    expect(out).toEqual([{ ip: "8.8.8.8", _hostname: "dns.google", hostname: "dns.google" }, { ip: "1.1.1.1" }, { ip: "x" }]);
  });

  it("resolves each address once and stops at the limit", () => {
    const asked: string[] = [];
    const result = runWithWarnings("reverseDns(ip, limit=1)", [{ ip: "8.8.8.8" }, { ip: "8.8.8.8" }, { ip: "1.1.1.1" }], {
      reverseDns: (address: string) => {
        asked.push(address);
        return `host-${address}`;
      },
    });
    expect(asked).toEqual(["8.8.8.8"]);
    expect(result.events.map((event) => event._hostname)).toEqual(["host-8.8.8.8", "host-8.8.8.8", undefined]);
    expect(result.warnings[0]).toMatch(/resolved 1 distinct addresses/);
  });

  it("warns when no resolver is given", () => {
    const result = runWithWarnings("reverseDns(ip)", [{ ip: "8.8.8.8" }]);
    expect(result.events).toEqual([{ ip: "8.8.8.8" }]);
    expect(result.warnings[0]).toMatch(/no resolver/);
  });

  it("rdns keeps the newest events up to its limit", () => {
    const events = [{ ip: "8.8.8.8", "@timestamp": 1 }, { ip: "8.8.8.8", "@timestamp": 3 }, { ip: "8.8.8.8", "@timestamp": 2 }];
    expect(runQuery("rdns(ip, limit=2)", events, { reverseDns }).map((event) => event["@timestamp"])).toEqual(["2", "3"]);
  });
});

describe("cql run with databases", () => {
  it("passes --geoip-db and --asn-db to the run", async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    const stderr = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (chunk: Buffer) => chunks.push(chunk));

    const argv = ["run", "-q", "ipLocation(ip) | asn(ip)", "--geoip-db", CITY_DB, "--asn-db", ASN_DB];
    const stdin = Readable.from([Buffer.from('{"ip":"81.2.69.142"}\n{"ip":"1.130.0.1"}\n')]);
    const status = await runCli(argv, { stdin, stdout, stderr });

    expect(status).toBe(0);
    expect(Buffer.concat(chunks).toString().trimEnd().split("\n").map((line) => JSON.parse(line) as object)).toEqual([
      { ip: "81.2.69.142", "ip.country": "GB", "ip.city": "London", "ip.lat": "51.5142", "ip.lon": "-0.0931" },
      { ip: "1.130.0.1", "ip.asn": "1221", "ip.org": "Telstra Pty Ltd" },
    ]);
  });
});
