import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const events = [
  { "@timestamp": "3", id: "c" },
  { "@timestamp": "1", id: "a" },
  { "@timestamp": "2", id: "b" },
  { "@timestamp": "4", id: "d" },
];
const ids = (rows: Record<string, string>[]) => rows.map((row) => row.id);

describe("tail", () => {
  it("keeps the newest events, emitted oldest first", () => {
    expect(ids(runQuery("tail(2)", events))).toEqual(["c", "d"]);
  });

  it("rejects limit=0", () => {
    expect(() => runQuery("tail(0)", [])).toThrow(/from 1 to 200,000/);
  });
});
