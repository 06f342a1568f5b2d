import { describe, expect, it } from "vitest";
import { closestNames, didYouMean, editDistance } from "../../src/analysis/suggest.js";

describe("editDistance", () => {
  it("counts edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("feild", "field")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("ignores case", () => {
    expect(editDistance("groupby", "groupBy")).toBe(0);
  });
});

describe("closestNames", () => {
  it("keeps names within a third of the length", () => {
    // grupBy is 1 edit from groupBy and 3 from group; 6 letters allow 2.
    expect(closestNames("grupBy", ["groupBy", "sort", "group"])).toEqual(["groupBy"]);
  });

  it("returns nothing when all are far", () => {
    expect(closestNames("xyz", ["groupBy"])).toEqual([]);
  });
});

describe("didYouMean", () => {
  it("names one candidate", () => {
    expect(didYouMean("coutn", ["count"])).toBe(' Did you mean "count"?');
  });

  it("lists several", () => {
    expect(didYouMean("tai", ["tail", "tag"])).toBe(' Did you mean one of "tag", "tail"?');
  });
});
