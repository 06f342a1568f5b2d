import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";
import { fixtureFiles } from "./fixtures.js";

describe("match", () => {
  const aidMaster = fixtureFiles("aid_master_main.csv");

  it("adds every column but the key from the last matching row", () => {
    // functions-match, CSV file format: rows c,b,a / a,b,d / c,d,a / c,e,f; the last c row wins.
    const files = { "test.csv": "column1,column2,column3\nc,b,a\na,b,d\nc,d,a\nc,e,f\n" };
    expect(runQuery("match(test.csv, field=field1, column=column1)", [{ field1: "c" }], { files })).toEqual([
      { field1: "c", column2: "e", column3: "f" },
    ]);
  });

  it("emits the last nrows rows, last row first", () => {
    const files = { "test.csv": "column1,column2,column3\nc,b,a\na,b,d\nc,d,a\nc,e,f\n" };
    expect(runQuery("match(test.csv, field=field1, column=column1, nrows=2)", [{ field1: "c" }], { files })).toEqual([
      { field1: "c", column2: "e", column3: "f" },
      { field1: "c", column2: "d", column3: "a" },
    ]);
  });

  it("drops events without a match by default", () => {
    const events = [{ aid: "1b2c3d4e5f60718293a4b5c6d7e8f90a" }, { aid: "unknown" }, { other: "x" }];
    expect(runQuery('match(file="aid_master_main.csv", field=aid, include=[ComputerName])', events, { files: aidMaster })).toEqual([
      { aid: "1b2c3d4e5f60718293a4b5c6d7e8f90a", ComputerName: "DC-01" },
    ]);
  });

  it("passes unmatched events with strict=false", () => {
    const events = [{ aid: "unknown" }, { aid: "3d4e5f60718293a4b5c6d7e8f90a1b2c" }];
    expect(runQuery('match(file="aid_master_main.csv", field=aid, include=[ComputerName, ProductType], strict=false)', events, { files: aidMaster })).toEqual([
      { aid: "unknown" },
      { aid: "3d4e5f60718293a4b5c6d7e8f90a1b2c", ComputerName: "MAC-ANNA", ProductType: "1" },
    ]);
  });

  it("reads quoted cells with commas", () => {
    const rows = runQuery('match(file="aid_master_main.csv", field=aid, include=[SystemProductName])', [{ aid: "1b2c3d4e5f60718293a4b5c6d7e8f90a" }], {
      files: aidMaster,
    });
    expect(rows).toEqual([{ aid: "1b2c3d4e5f60718293a4b5c6d7e8f90a", SystemProductName: "VMware7,1" }]);
  });

  it("joins an IP field to another column name", () => {
    const rows = runQuery(
      'match(file="aid_master_main.csv", field=[source.ip], column=[LocalAddressIP4], include=[aid, ComputerName, LocalAddressIP4])',
      [{ "source.ip": "10.20.2.77" }],
      { files: aidMaster },
    );
    expect(rows).toEqual([{ "source.ip": "10.20.2.77", aid: "2c3d4e5f60718293a4b5c6d7e8f90a1b", ComputerName: "web-7", LocalAddressIP4: "10.20.2.77" }]);
  });

  it("matches host names ignoring case", () => {
    const query = 'match(file="aid_master_main.csv", field=[host.hostname], column=[ComputerName], include=[aid], ignoreCase=true)';
    expect(runQuery(query, [{ "host.hostname": "WEB-7" }], { files: aidMaster })).toEqual([
      { "host.hostname": "WEB-7", aid: "2c3d4e5f60718293a4b5c6d7e8f90a1b" },
    ]);
  });

  it("requires every field and column pair to match", () => {
    const query = 'match(file="aid_master_main.csv", field=[cid, aid], include=[ComputerName])';
    const events = [
      { cid: "f0e1d2c3b4a5968778695a4b3c2d1e0f", aid: "0a1b2c3d4e5f60718293a4b5c6d7e8f9" },
      { cid: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", aid: "0a1b2c3d4e5f60718293a4b5c6d7e8f9" },
    ];
    expect(runQuery(query, events, { files: aidMaster })).toEqual([{ ...events[0], ComputerName: "WKS-0001" }]);
  });

  it("adds no columns with include=[]", () => {
    const rows = runQuery("match(users.csv, field=id, column=userid, include=[])", [{ id: "ADMIN-123" }], { files: fixtureFiles("users.csv") });
    expect(rows).toEqual([{ id: "ADMIN-123" }]);
  });

  it("overwrites an existing field", () => {
    const rows = runQuery("match(users.csv, field=id, column=userid, include=[location])", [{ id: "ADMIN-123", location: "old" }], {
      files: fixtureFiles("users.csv"),
    });
    expect(rows).toEqual([{ id: "ADMIN-123", location: "HQ" }]);
  });

  it("takes the field from =~", () => {
    const rows = runQuery("id =~ match(users.csv, column=userid, include=[department])", [{ id: "dev-user-456" }], { files: fixtureFiles("users.csv") });
    expect(rows).toEqual([{ id: "dev-user-456", department: "Engineering" }]);
  });

  it("keeps only unmatched events when negated", () => {
    const rows = runQuery("!match(users.csv, field=id, column=userid)", [{ id: "ADMIN-123" }, { id: "guest" }, {}], { files: fixtureFiles("users.csv") });
    expect(rows).toEqual([{ id: "guest" }, {}]);
  });

  it("matches glob keys as substrings", () => {
    const files = fixtureFiles("tools.csv");
    const query = "match(tools.csv, field=FileName, column=pattern, mode=glob, include=[tool])";
    const events = [{ FileName: "AnyDesk.exe" }, { FileName: "teamviewer_service.exe" }, { FileName: "screenconnect.windowsclient.exe" }, { FileName: "putty.exe" }];
    expect(runQuery(query, events, { files })).toEqual([
      { FileName: "teamviewer_service.exe", tool: "TeamViewer" },
      { FileName: "screenconnect.windowsclient.exe", tool: "ScreenConnect" },
    ]);
  });

  it("matches glob keys ignoring case", () => {
    const query = "match(tools.csv, field=FileName, column=pattern, mode=glob, ignoreCase=true, include=[tool])";
    expect(runQuery(query, [{ FileName: "AnyDesk.exe" }], { files: fixtureFiles("tools.csv") })).toEqual([{ FileName: "AnyDesk.exe", tool: "AnyDesk" }]);
  });

  it("takes the most specific subnet in cidr mode", () => {
    const query = "match(subnets.csv, field=ip, column=subnet, mode=cidr)";
    const events = [{ ip: "10.20.2.9" }, { ip: "10.20.9.9" }, { ip: "10.9.9.9" }, { ip: "192.168.1.1" }, { ip: "2001:db8::1" }, { ip: "not an ip" }];
    expect(runQuery(query, events, { files: fixtureFiles("subnets.csv") })).toEqual([
      { ip: "10.20.2.9", zone: "dmz", owner: "web-team" },
      { ip: "10.20.9.9", zone: "datacenter", owner: "infra-team" },
      { ip: "10.9.9.9", zone: "internal", owner: "network-team" },
      { ip: "2001:db8::1", zone: "lab-v6", owner: "network-team" },
    ]);
  });

  it("reads a JSON object keyed by the lookup value", () => {
    const rows = runQuery("match(hosts.json, field=ComputerName, column=name)", [{ ComputerName: "DC-01" }, { ComputerName: "web-7" }], {
      files: fixtureFiles("hosts.json"),
    });
    expect(rows).toEqual([{ ComputerName: "DC-01", owner: "infra", criticality: "5", "tags[0]": "tier0", "tags[1]": "ad" }]);
  });

  it("reads a JSON array of objects", () => {
    const rows = runQuery("match(services.json, field=port)", [{ port: "443" }, { port: "80" }], { files: fixtureFiles("services.json") });
    expect(rows).toEqual([
      { port: "443", service: "https", encrypted: "true" },
      { port: "80", service: "http", encrypted: "false" },
    ]);
  });

  it("keeps whitespace in keys and values", () => {
    const files = { "pad.csv": "key,value\n a , b \n" };
    expect(runQuery("match(pad.csv, field=k, column=key)", [{ k: " a " }, { k: "a" }], { files })).toEqual([{ k: " a ", value: " b " }]);
  });

  it("rejects a column the file lacks", () => {
    const error = errorOf(() => runQuery("match(users.csv, field=id, column=user)", [], { files: fixtureFiles("users.csv") }));
    expect(error.message).toBe('column "user" not found in lookup file "users.csv"; its columns are userid, department, access_level, location');
  });

  it("rejects field and column of different lengths", () => {
    const error = errorOf(() => runQuery("match(users.csv, field=[a, b], column=userid)", [], { files: fixtureFiles("users.csv") }));
    expect(error.message).toMatch(/same number of fields \(2 and 1\)/);
  });

  it("rejects a missing file when files are given", () => {
    const error = errorOf(() => runQuery("match(nope.csv, field=a)", [], { files: fixtureFiles("users.csv") }));
    expect(error.message).toMatch(/^lookup file or table "nope.csv" not found/);
    expect(error.code).toBe("CQL3003");
  });

  it("reports a missing file at run time without files", () => {
    const error = errorOf(() => runQuery("match(nope.csv, field=a)", [{ a: "1" }]));
    expect(error.message).toMatch(/^lookup file or table "nope.csv" not found/);
  });

  it("rejects nrows above 500", () => {
    const error = errorOf(() => runQuery("match(users.csv, field=id, nrows=501)", [], { files: fixtureFiles("users.csv") }));
    expect(error.message).toMatch(/from 1 to 500/);
  });

  it("treats __proto__ as an ordinary column", () => {
    const files = { "p.csv": "key,__proto__\nx,polluted\n" };
    const rows = runQuery("match(p.csv, field=k, column=key)", [{ k: "x" }], { files });
    expect(rows[0]?.["__proto__"]).toBe("polluted");
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
  });
});
