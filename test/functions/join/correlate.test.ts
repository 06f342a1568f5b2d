import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";

const MINUTE = 60_000;

describe("correlate", () => {
  const events = [
    { "@timestamp": String(0), type: "auth", result: "failed", user: "alice", src_ip: "198.51.100.1" },
    { "@timestamp": String(10 * MINUTE), type: "network", user: "alice", dst_ip: "10.0.0.5", dst_port: "445" },
    { "@timestamp": String(5 * MINUTE), type: "auth", result: "failed", user: "bob", src_ip: "198.51.100.2" },
    { "@timestamp": String(120 * MINUTE), type: "network", user: "bob", dst_ip: "10.0.0.6", dst_port: "445" },
    { "@timestamp": String(1 * MINUTE), type: "network", user: "carol", dst_ip: "10.0.0.7", dst_port: "445" },
  ];

  // The shape of the corpus query "failed auth followed by lateral movement".
  const query = `correlate(
    failed_auth: { type=auth result=failed } include: [user, src_ip],
    lateral_move: { type=network dst_port=445 | user <=> failed_auth.user } include: [dst_ip],
    within=1h)`;

  it("links events on the linked field within the window", () => {
    // bob's network event is 115 minutes after his failure, outside within=1h; carol never failed.
    expect(runQuery(query, events)).toEqual([
      { "failed_auth.user": "alice", "failed_auth.src_ip": "198.51.100.1", "lateral_move.dst_ip": "10.0.0.5" },
    ]);
  });

  it("keeps the time order with sequence=true", () => {
    const reversed = `correlate(
      net: { type=network } include: [user],
      auth: { type=auth | user <=> net.user } include: [result],
      sequence=true)`;
    // alice's network event comes after her failure, so the order net then auth never holds.
    expect(runQuery(reversed, events)).toEqual([]);
  });

  it("copies every field without include", () => {
    const rows = runQuery("correlate(a: { type=auth user=alice }, b: { type=network | user <=> a.user })", events);
    expect(rows.length).toBe(1);
    expect(rows[0]?.["a.src_ip"]).toBe("198.51.100.1");
    expect(rows[0]?.["b.dst_port"]).toBe("445");
  });

  it("applies global constraints", () => {
    const rows = runQuery("correlate(a: { type=auth } include: [user], b: { type=network } include: [dst_ip], globalConstraints=[user])", events);
    expect(rows).toEqual([
      { "a.user": "alice", "b.dst_ip": "10.0.0.5" },
      { "a.user": "bob", "b.dst_ip": "10.0.0.6" },
    ]);
  });

  it("warns about options it ignores", () => {
    const { warnings } = runWithWarnings("correlate(a: { x=1 }, root=a)", []);
    expect(warnings).toEqual(["correlate(root=...) is not supported yet and was ignored"]);
  });

  it("rejects a link to an unknown query", () => {
    expect(errorOf(() => runQuery("correlate(a: { x=1 }, b: { y=1 | x <=> c.x })", [])).message).toBe(
      "c.x does not name another query of this correlate(); its queries are a, b",
    );
  });

  it("rejects an invalid within", () => {
    expect(errorOf(() => runQuery("correlate(a: { x=1 }, within=soon)", [])).message).toMatch(/^invalid within "soon"/);
  });
});
