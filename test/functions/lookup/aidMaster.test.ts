import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";
import { fixtureFiles } from "./fixtures.js";
import { parseCsvRecords } from "../../../src/functions/lookup/files.js";

describe("aid_master_main.csv fixture", () => {
  const files = fixtureFiles("aid_master_main.csv");

  it("has the columns corpus queries read", () => {
    // The columns that the corpus queries naming aid_master_main.csv read after match() or readFile().
    const header = parseCsvRecords(files["aid_master_main.csv"] as string)[0];
    expect(header).toEqual([
      "aid", "cid", "ComputerName", "event_platform", "AgentVersion", "Version", "ProductType", "LocalAddressIP4", "aip",
      "MAC", "SystemManufacturer", "SystemProductName", "MachineDomain", "OU", "SiteName", "Timezone", "FirstSeen", "Time",
    ]);
  });

  it("runs a sensor version scoping query", () => {
    // The shape of the corpus CVE scoping queries: read the file, narrow the platform, parse AgentVersion.
    const query = `readFile("aid_master_main.csv")
      | in(field="event_platform", values=[Lin, Mac])
      | AgentVersion=/^(?<majorVersion>\\d+)\\.(?<minorVersion>\\d+)\\./
      | case { majorVersion=7 minorVersion<15 | Status:="NEEDS PATCH"; majorVersion=* | Status:="OK"; }
      | groupBy([Status], function=count(aid, as=Endpoints))`;
    expect(runQuery(query, [], { files })).toEqual([
      { Status: "NEEDS PATCH", Endpoints: "1" },
      { Status: "OK", Endpoints: "1" },
    ]);
  });

  it("enriches events by the sensor's local address", () => {
    const query = 'match(file="aid_master_main.csv", field=RemoteIP, column=LocalAddressIP4, strict=true) | table([RemoteIP, ComputerName, event_platform])';
    expect(runQuery(query, [{ RemoteIP: "10.20.0.10" }, { RemoteIP: "203.0.113.9" }], { files })).toEqual([
      { RemoteIP: "10.20.0.10", ComputerName: "DC-01", event_platform: "Win" },
    ]);
  });
});
