import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("sankey", () => {
  // The data of the docs example "Create Sankey Diagram Calculating Edge Thickness".
  const events = [
    { cnt: "12", dst: "apples", src: "john" },
    { cnt: "1", dst: "bananas", src: "john" },
    { cnt: "1", dst: "apples", src: "joe" },
    { cnt: "1", dst: "apples", src: "sarah" },
    { cnt: "1", dst: "apples", src: "sarah" },
    { cnt: "1", dst: "apples", src: "sarah" },
  ];

  it("counts each source and target pair", () => {
    expect(runQuery("sankey(source=src, target=dst)", events)).toEqual([
      { source: "john", target: "apples", weight: "1" },
      { source: "john", target: "bananas", weight: "1" },
      { source: "joe", target: "apples", weight: "1" },
      { source: "sarah", target: "apples", weight: "3" },
    ]);
  });

  it("weighs edges with an aggregate", () => {
    const rows = runQuery('sankey(source="src", target="dst", weight=count(cnt, distinct=true))', events);
    expect(rows.map((row) => row.weight)).toEqual(["1", "1", "1", "1"]);
  });

  it("leaves out events lacking a node", () => {
    expect(runQuery("sankey(source=a, target=b)", [{ a: "x" }, { a: "x", b: "y" }])).toEqual([{ source: "x", target: "y", weight: "1" }]);
  });

  it("requires source and target", () => {
    expect(errorOf(() => runQuery("sankey(source=a)", [])).message).toMatch(/^missing required argument target/);
  });

  it("takes one weight aggregate", () => {
    expect(errorOf(() => runQuery("sankey(source=a, target=b, weight=[count(), count(a, as=n)])", [])).message).toMatch(/^weight takes one aggregate/);
  });
});
