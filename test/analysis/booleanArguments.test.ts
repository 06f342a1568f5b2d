import { describe, expect, it } from "vitest";
import { compile, CqlQueryError } from "../../src/index.js";

describe("boolean arguments", () => {
  const events = [{ ip: "1.1.1.1" }, { ip: "1.1.1.1" }, { ip: "2.2.2.2" }];

  it("accept upper-case True", () => {
    // count(distinct=True) counts distinct values: 1.1.1.1 and 2.2.2.2.
    expect(compile("count(ip, distinct=True)").run(events).events).toEqual([{ _count: "2" }]);
  });

  it("reject other words", () => {
    expect(() => compile("count(ip, distinct=yes)")).toThrow(CqlQueryError);
  });
});
