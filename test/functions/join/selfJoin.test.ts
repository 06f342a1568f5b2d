import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";

describe("selfJoin", () => {
  // Mail logs with one event per header, as in the docs example "Filter and Collect Values in Same Table".
  const events = [
    { email_id: "m1", from: "peter@example.com" },
    { email_id: "m1", to: "anders@example.com" },
    { email_id: "m1", to: "kim@example.com" },
    { email_id: "m2", from: "peter@example.com" },
    { email_id: "m2", to: "kim@example.com" },
    { email_id: "m3", from: "ole@example.com" },
    { email_id: "m3", to: "anders@example.com" },
    { from: "peter@example.com", to: "anders@example.com" },
  ];

  it("collates keys that satisfy every clause", () => {
    const query = "selfJoin(email_id, where=[{from=*peter*}, {to=*anders*}], collect=[from, to])";
    expect(runQuery(query, events)).toEqual([{ email_id: "m1", from: "peter@example.com", to: "anders@example.com\nkim@example.com" }]);
  });

  it("collects only from matching events with prefilter", () => {
    const query = "selfJoin(email_id, where=[{from=*peter*}, {to=*anders*}], collect=[to], prefilter=true)";
    expect(runQuery(query, events)).toEqual([{ email_id: "m1", to: "anders@example.com" }]);
  });

  it("rechecks the clauses with postfilter", () => {
    // Without from collected, the row cannot satisfy {from=*peter*} again.
    const query = "selfJoin(email_id, where=[{from=*peter*}, {to=*anders*}], collect=[to], postfilter=true)";
    expect(runQuery(query, events)).toEqual([]);
  });

  it("emits only key fields without collect", () => {
    expect(runQuery("selfJoin(email_id, where=[{to=*kim*}])", events)).toEqual([{ email_id: "m1" }, { email_id: "m2" }]);
  });

  it("warns at the limit", () => {
    const { events: rows, warnings } = runWithWarnings("selfJoin(email_id, where=[{to=*kim*}], limit=1)", events);
    expect(rows).toEqual([{ email_id: "m1" }]);
    expect(warnings).toEqual(["selfJoin() reached its limit of 1 rows; further keys were left out, so the result is incomplete"]);
  });

  it("rejects a clause that changes events", () => {
    expect(errorOf(() => runQuery("selfJoin(id, where=[{x := 1}])", [])).message).toMatch(/must only filter events/);
  });
});
