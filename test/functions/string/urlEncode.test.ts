import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("urlEncode", () => {
  it("matches the docs examples", () => {
    // functions-urlencode syntax examples.
    const inputs = ["tail(1) | count()", "example@example.com", "Title with spaces/special characters!", "https://www.example.com"];
    const encoded = runQuery("urlEncode(bar)", inputs.map((bar) => ({ bar }))).map((row) => row._urlencode);
    expect(encoded).toEqual([
      "tail%281%29+%7C+count%28%29",
      "example%40example.com",
      "Title+with+spaces%2Fspecial+characters%21",
      "https%3A%2F%2Fwww.example.com",
    ]);
  });

  it("encodes non-ASCII text as UTF-8", () => {
    expect(runQuery('Foo := urlEncode("Bar")', [{ Bar: "€" }])[0]?.Foo).toBe("%E2%82%AC");
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery("urlEncode(u)", [{}])).toEqual([{}]);
  });
});
