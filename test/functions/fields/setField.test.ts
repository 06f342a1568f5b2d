import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("setField", () => {
  it("sets the fields named by expressions", () => {
    // functions-setfield example "Set Values for Multiple Fields": bar names baz, item is 4.
    const query =
      'item := 4 | bar := "baz" | setField(target=bar, value=item + 10) | setField(target="foo", value=item + 20) | setField(target="baaz", value=if(item == 4, then="OK", else="not OK"))';
    expect(runQuery(query, [{}])).toEqual([{ item: "4", bar: "baz", baz: "14", foo: "24", baaz: "OK" }]);
  });

  it("changes nothing when the value has no result", () => {
    expect(runQuery('setField(target="t", value=missing + 1)', [{ t: "keep" }])).toEqual([{ t: "keep" }]);
  });

  it("changes nothing when the target has no value", () => {
    expect(runQuery("setField(target=name, value=1)", [{ a: "1" }])).toEqual([{ a: "1" }]);
  });

  it("needs a target", () => {
    expect(errorOf(() => runQuery("setField(value=1)", [])).message).toMatch(/missing required argument target/);
  });
});
