import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";
import { fixtureFiles } from "./fixtures.js";

describe("ioc:lookup", () => {
  const files = fixtureFiles("iocs.csv");

  it("annotates a known IP address", () => {
    const rows = runQuery('ioc:lookup(field=ip, type="ip_address")', [{ ip: "203.0.113.66" }, { ip: "192.0.2.1" }], { files });
    expect(rows).toEqual([
      {
        ip: "203.0.113.66",
        "ioc[0].indicator": "203.0.113.66",
        "ioc[0].type": "ip_address",
        "ioc[0].malicious_confidence": "high",
        "ioc[0].labels": "Malware/Emotet,ThreatType/Botnet",
        "ioc[0].published_date": "1700000000000",
        "ioc[0].last_updated": "1710000000000",
        "ioc.detected": "true",
      },
      { ip: "192.0.2.1" },
    ]);
  });

  it("skips indicators below the threshold", () => {
    // 198.51.100.99 has low confidence; the default threshold is high.
    expect(runQuery("ioc:lookup(ip, type=ip_address, strict=true)", [{ ip: "198.51.100.99" }], { files })).toEqual([]);
  });

  it("accepts the threshold in any case", () => {
    const rows = runQuery("ioc:lookup(ip, type=ip_address, confidenceThreshold=Unverified, strict=true, include=[labels])", [{ ip: "198.51.100.99" }], { files });
    expect(rows).toEqual([{ ip: "198.51.100.99", "ioc[0].labels": "ThreatType/Scanner", "ioc.detected": "true" }]);
  });

  it("checks several fields with a prefix", () => {
    const query = 'ioc:lookup([source.ip, destination.ip], type="ip_address", confidenceThreshold=low, prefix=threat, include=[indicator])';
    const rows = runQuery(query, [{ "source.ip": "198.51.100.99", "destination.ip": "203.0.113.66" }], { files });
    expect(rows).toEqual([
      { "source.ip": "198.51.100.99", "destination.ip": "203.0.113.66", "threat[0].indicator": "198.51.100.99", "threat[1].indicator": "203.0.113.66", "threat.detected": "true" },
    ]);
  });

  it("matches domains without regard to case", () => {
    const rows = runQuery("ioc:lookup(domain, type=domain, confidenceThreshold=medium, include=[malicious_confidence])", [{ domain: "EVIL.example.NET" }], { files });
    expect(rows).toEqual([{ domain: "EVIL.example.NET", "ioc[0].malicious_confidence": "medium", "ioc.detected": "true" }]);
  });

  it("keeps events without an indicator when negated", () => {
    expect(runQuery("!ioc:lookup(ip, type=ip_address)", [{ ip: "203.0.113.66" }, { ip: "192.0.2.1" }], { files })).toEqual([{ ip: "192.0.2.1" }]);
  });

  it("explains the missing IOC table", () => {
    const error = errorOf(() => runQuery("ioc:lookup(ip, type=ip_address)", [], { files: fixtureFiles("users.csv") }));
    expect(error.message).toMatch(/^ioc:lookup\(\) needs an IOC table: LogScale's threat intelligence feed is not reachable offline/);
  });

  it("rejects an unknown type", () => {
    expect(errorOf(() => runQuery("ioc:lookup(ip, type=hash)", [], { files })).message).toBe('invalid value for type: "hash" is not one of "ip_address", "url", "domain"');
  });
});
