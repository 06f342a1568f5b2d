import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";

describe("join", () => {
  const events = [
    { type: "process", aid: "h1", pid: "10", name: "cmd.exe" },
    { type: "process", aid: "h1", pid: "11", name: "ssh" },
    { type: "process", aid: "h2", pid: "10", name: "bash" },
    { type: "network", aid: "h1", pid: "10", remote: "203.0.113.5" },
    { type: "network", aid: "h1", pid: "10", remote: "203.0.113.6" },
    { type: "network", aid: "h2", pid: "10" },
  ];

  it("runs the subquery over the whole input", () => {
    // The main query's first step drops the network events, yet the subquery still reads them.
    const query = "type=process | join({type=network}, field=[aid, pid], include=[remote])";
    expect(runQuery(query, events)).toEqual([
      { type: "process", aid: "h1", pid: "10", name: "cmd.exe", remote: "203.0.113.5" },
      { type: "process", aid: "h2", pid: "10", name: "bash", remote: "" },
    ]);
  });

  it("emits up to max rows per key", () => {
    const query = "type=process | join({type=network}, field=[aid, pid], include=[remote], max=2)";
    expect(runQuery(query, events).map((row) => row.remote)).toEqual(["203.0.113.5", "203.0.113.6", ""]);
  });

  it("passes unmatched events in left mode", () => {
    const query = "type=process | join({type=network}, field=[aid, pid], mode=left)";
    expect(runQuery(query, events).map((row) => row.name)).toEqual(["cmd.exe", "ssh", "bash"]);
  });

  it("keeps unmatched events when negated", () => {
    expect(runQuery("type=process | !join({type=network}, field=[aid, pid])", events).map((row) => row.name)).toEqual(["ssh"]);
  });

  it("joins on differently named keys", () => {
    const input = [{ user: "u1" }, { user: "u2" }, { login: "u2", dept: "ops" }];
    expect(runQuery("user=* | join({login=*}, field=user, key=login, include=[dept])", input)).toEqual([{ user: "u2", dept: "ops" }]);
  });

  it("takes the field from =~", () => {
    const input = [{ user: "u1" }, { login: "u1", dept: "ops" }];
    expect(runQuery("user=* | user =~ join({login=*}, key=login, include=[dept])", input)).toEqual([{ user: "u1", dept: "ops" }]);
  });

  it("joins with an aggregated subquery", () => {
    const query = "type=process | join({type=network | groupBy(aid, function=count(as=connections))}, field=aid, include=[connections])";
    expect(runQuery(query, events).map((row) => `${row.name}:${row.connections}`)).toEqual(["cmd.exe:2", "ssh:2", "bash:1"]);
  });

  it("uses the first limit rows and warns", () => {
    const { events: rows, warnings } = runWithWarnings("type=process | join({type=network}, field=aid, include=[remote], limit=1)", events);
    expect(rows.map((row) => row.name)).toEqual(["cmd.exe", "ssh"]);
    expect(warnings).toEqual(["join() subquery returned 3 rows, more than its limit of 1; only the first 1 were used, so the result may be incomplete"]);
  });

  it("narrows the subquery to start", () => {
    const input = [
      { "@timestamp": "1000", kind: "main", id: "a" },
      { "@timestamp": "1000", kind: "sub", id: "a" },
      { "@timestamp": "9000", kind: "main", id: "b" },
      { "@timestamp": "9000", kind: "sub", id: "b" },
    ];
    // The window starts 5 s before the query's end (10000), so only the 9000 sub event counts.
    const rows = runQuery("kind=main | join({kind=sub}, field=id, start=5s)", input, { end: 10_000 });
    expect(rows.map((row) => row.id)).toEqual(["b"]);
  });

  it("warns that view is ignored", () => {
    const { warnings } = runWithWarnings("join({a=*}, field=a, view=other)", []);
    expect(warnings).toEqual(['join(view="other"): other repositories and views are not available offline, so the subquery reads the query\'s own input']);
  });

  it("rejects field and key of different lengths", () => {
    expect(errorOf(() => runQuery("join({a=*}, field=[a, b], key=c)", [])).message).toMatch(/same number of fields \(2 and 1\)/);
  });

  it("rejects a subquery that is not a block", () => {
    expect(errorOf(() => runQuery("join(a, field=b)", [])).message).toMatch(/expected a \{ \.\.\. \} subquery/);
  });
});
