import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("if", () => {
  it("chooses then or else by the condition", () => {
    // functions-if example "Categorize Errors in Log Levels".
    const query = 'critical_status := if((in(status, values=["500", "404"])), then="Critical", else="Non-Critical")';
    const rows = runQuery(query, [{ status: "404" }, { status: "200" }]);
    expect(rows.map((row) => row.critical_status)).toEqual(["Critical", "Non-Critical"]);
  });

  it("writes _if by default", () => {
    expect(runQuery("if(a > 3, then=1, else=0)", [{ a: "5" }])).toEqual([{ a: "5", _if: "1" }]);
  });

  it("takes else when the condition has no value", () => {
    // A missing field makes a > 3 null; test() drops such an event, so the case form goes to else.
    expect(runQuery("y := if(a > 3, then=1, else=0)", [{}])).toEqual([{ y: "0" }]);
  });

  it("writes nothing when the chosen branch has no value", () => {
    expect(runQuery("y := if(a > 3, then=1, else=(other))", [{ a: "1" }])).toEqual([{ a: "1" }]);
  });

  it("nests inside expressions", () => {
    const query = 'r := if(n == 1, then="one", else=if(n == 2, then="two", else="many"))';
    expect(runQuery(query, [{ n: "1" }, { n: "2" }, { n: "7" }]).map((row) => row.r)).toEqual(["one", "two", "many"]);
  });

  it("needs then and else", () => {
    expect(errorOf(() => runQuery("if(a > 1, then=2)", [])).message).toMatch(/missing required argument else/);
  });
});
