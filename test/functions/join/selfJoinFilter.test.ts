import { describe, expect, it } from "vitest";
import { compile } from "../../../src/index.js";
import { runQuery } from "../helpers.js";

// Built after the functions-selfjoinfilter example "Compare and Filter Values in Same Table".
const mails = [
  { email_id: "1", from: "peter" },
  { email_id: "1", to: "paul" },
  { email_id: "1", attachment: "report.pdf" },
  { email_id: "2", from: "peter" },
  { email_id: "2", to: "mary" },
  { email_id: "3", from: "john" },
  { email_id: "3", to: "paul" },
  { attachment: "orphan.bin" },
];

describe("selfJoinFilter", () => {
  it("keeps every event of keys that satisfy all clauses", () => {
    expect(runQuery("selfJoinFilter(field=email_id, where=[{from=peter}, {to=paul}])", mails)).toEqual([
      { email_id: "1", from: "peter" },
      { email_id: "1", to: "paul" },
      { email_id: "1", attachment: "report.pdf" },
    ]);
  });

  it("passes only events matching a clause with prefilter=true", () => {
    expect(runQuery("selfJoinFilter(email_id, where=[{from=peter}, {to=paul}], prefilter=true)", mails)).toEqual([
      { email_id: "1", from: "peter" },
      { email_id: "1", to: "paul" },
    ]);
  });

  it("keeps the complement when negated", () => {
    const rows = runQuery("!selfJoinFilter(email_id, where=[{from=peter}, {to=paul}])", mails);
    expect(rows).toHaveLength(5);
    expect(rows.some((row) => row.email_id === "1")).toBe(false);
    expect(rows).toContainEqual({ attachment: "orphan.bin" });
  });

  it("needs all key fields", () => {
    const events = [
      { a: "1", b: "x", t: "p" },
      { a: "1", b: "x", t: "q" },
      { a: "1", t: "p" },
      { a: "1", t: "q" },
    ];
    expect(runQuery("selfJoinFilter([a, b], where=[{t=p}, {t=q}])", events)).toEqual([
      { a: "1", b: "x", t: "p" },
      { a: "1", b: "x", t: "q" },
    ]);
  });

  it("lets one event satisfy several clauses", () => {
    expect(runQuery("selfJoinFilter(k, where=[{a=1}, {b=2}])", [{ k: "x", a: "1", b: "2" }])).toHaveLength(1);
  });
});

describe("selfJoinFilter over arrays and generators", () => {
  function* once<T>(items: readonly T[]): Generator<T> {
    yield* items;
  }

  const queries = [
    "selfJoinFilter(email_id, where=[{from=peter}, {to=paul}])",
    "selfJoinFilter(email_id, where=[{from=peter}, {to=paul}], prefilter=true)",
    "!selfJoinFilter(email_id, where=[{from=peter}, {to=paul}])",
    'tag := "x" | selfJoinFilter(email_id, where=[{from=peter}, {to=*}]) | groupBy(email_id)',
    "head(5) | selfJoinFilter(email_id, where=[{from=peter}, {to=paul}])",
  ];

  it.each(queries)("%s gives the same result from an array and a generator", (query) => {
    const fromArray = compile(query).run(mails).events;
    const fromGenerator = compile(query).run(once(mails)).events;
    expect(fromArray).toEqual(fromGenerator);
  });

  it("keeps input order", () => {
    const rows = compile("selfJoinFilter(email_id, where=[{from=peter}, {to=paul}])").run(mails).events;
    expect(rows.map((row) => Object.keys(row)[1])).toEqual(["from", "to", "attachment"]);
  });
});
