import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

// The events of the docs examples examples-wildcard-1 to -5.
const animals = [
  { animal: "horse" },
  { animal: "Horse" },
  { animal: "duck" },
  { animal: "HORSES" },
  { animal: "crazy hOrSe" },
  { animal: "hooorse" },
  { animal: "dancing with horses" },
];

describe("wildcard with a field", () => {
  it("matches the whole value, case-sensitively", () => {
    expect(runQuery("wildcard(field=animal, pattern=horse)", animals)).toEqual([{ animal: "horse" }]);
  });

  it("stays anchored with ignoreCase", () => {
    // examples-wildcard-2: equivalent to animal=/\Ahorse\z/i.
    expect(runQuery("wildcard(field=animal, pattern=horse, ignoreCase=true)", animals)).toEqual([{ animal: "horse" }, { animal: "Horse" }]);
  });

  it("reads * as any run of characters", () => {
    expect(runQuery("wildcard(field=animal, pattern=*horse*)", animals)).toEqual([{ animal: "horse" }, { animal: "dancing with horses" }]);
    expect(runQuery('wildcard(field=animal, pattern="h*e")', animals)).toEqual([{ animal: "horse" }, { animal: "hooorse" }]);
  });

  it("matches when any listed field matches", () => {
    const events = [{ a: "x", b: "horse" }, { a: "horse" }, { a: "x", b: "y" }];
    expect(runQuery("wildcard(field=[a, b], pattern=horse)", events)).toEqual([{ a: "x", b: "horse" }, { a: "horse" }]);
  });

  it("skips events without the field", () => {
    expect(runQuery("wildcard(field=animal, pattern=*)", [{ animal: "" }, { machine: "car" }])).toEqual([{ animal: "" }]);
  });

  it("keeps every event on * with includeEverythingOnAsterisk", () => {
    const events = [{ animal: "horse" }, { machine: "car" }];
    expect(runQuery("wildcard(field=animal, pattern=*, includeEverythingOnAsterisk=true)", events)).toEqual(events);
    expect(runQuery("wildcard(field=animal, pattern=h*, includeEverythingOnAsterisk=true)", events)).toEqual([{ animal: "horse" }]);
  });

  it("keeps exactly the dropped events when negated", () => {
    const events = [{ animal: "horse" }, { animal: "duck" }, { machine: "car" }];
    expect(runQuery("!wildcard(field=animal, pattern=horse)", events)).toEqual([{ animal: "duck" }, { machine: "car" }]);
    expect(runQuery("not wildcard(field=animal, pattern=horse)", events)).toEqual([{ animal: "duck" }, { machine: "car" }]);
  });
});

describe("wildcard without a field", () => {
  it("searches every field unanchored", () => {
    // examples-wildcard-5: equivalent to the free-text regex /horse/i.
    expect(runQuery("wildcard(pattern=horse, ignoreCase=true)", animals)).toEqual([
      { animal: "horse" },
      { animal: "Horse" },
      { animal: "HORSES" },
      { animal: "crazy hOrSe" },
      { animal: "dancing with horses" },
    ]);
  });

  it("is case-sensitive by default", () => {
    expect(runQuery("wildcard(horse)", animals)).toEqual([{ animal: "horse" }, { animal: "dancing with horses" }]);
  });

  it("skips tags and timestamps, as free text does", () => {
    const events = [{ "#type": "horse" }, { "@timestamp": "1700000000000" }, { note: "horse" }];
    expect(runQuery("wildcard(horse)", events)).toEqual([{ note: "horse" }]);
    expect(runQuery("wildcard(1700000000000)", events)).toEqual([]);
  });

  it("searches the event as it entered the query", () => {
    const events = [{ animal: "horse" }, { animal: "duck" }];
    expect(runQuery('animal := "cat" | wildcard(horse)', events)).toEqual([{ animal: "cat" }]);
  });

  it("matches every event on a lone *", () => {
    expect(runQuery("wildcard(*)", [{ a: "1" }, {}])).toEqual([{ a: "1" }, {}]);
  });
});

describe("wildcard arguments", () => {
  it("needs a pattern", () => {
    expect(errorOf(() => runQuery("wildcard(field=animal)", [])).message).toMatch(/pattern/);
  });

  it("rejects a non-boolean ignoreCase", () => {
    expect(errorOf(() => runQuery("wildcard(horse, ignoreCase=maybe)", [])).message).toMatch(/true or false/);
  });
});
