import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";
import { fixtureFiles } from "./fixtures.js";

describe("readFile", () => {
  const files = fixtureFiles("aid_master_main.csv", "users.csv");

  it("emits the rows of a file and discards its input", () => {
    expect(runQuery("readFile(users.csv)", [{ ignored: "x" }], { files })).toEqual([
      { userid: "ADMIN-123", department: "IT", access_level: "administrator", location: "HQ" },
      { userid: "dev-user-456", department: "Engineering", access_level: "developer", location: "Remote" },
    ]);
  });

  it("reads files in the order given", () => {
    const rows = runQuery('readFile(["users.csv", "aid_master_main.csv"], include=[userid, aid])', [], { files });
    expect(rows.map((row) => row.userid ?? row.aid)).toEqual([
      "ADMIN-123",
      "dev-user-456",
      "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
      "1b2c3d4e5f60718293a4b5c6d7e8f90a",
      "2c3d4e5f60718293a4b5c6d7e8f90a1b",
      "3d4e5f60718293a4b5c6d7e8f90a1b2c",
    ]);
  });

  it("feeds later steps like events", () => {
    const query = 'readFile("aid_master_main.csv") | in(field="event_platform", values=[Lin, Mac]) | table([ComputerName, AgentVersion])';
    expect(runQuery(query, [], { files })).toEqual([
      { ComputerName: "web-7", AgentVersion: "7.14.16703.0" },
      { ComputerName: "MAC-ANNA", AgentVersion: "7.15.17405.0" },
    ]);
  });

  it("stops after limit rows", () => {
    expect(runQuery("readFile(aid_master_main.csv, include=[ComputerName], limit=2)", [], { files })).toEqual([
      { ComputerName: "WKS-0001" },
      { ComputerName: "DC-01" },
    ]);
  });

  it("rejects a file that is missing", () => {
    expect(errorOf(() => runQuery("readFile(other.csv)", [], { files })).message).toMatch(/^lookup file or table "other.csv" not found/);
  });
});
