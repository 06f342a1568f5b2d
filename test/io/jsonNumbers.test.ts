import { describe, expect, it } from "vitest";
import { quoteNumbers } from "../../src/io/jsonNumbers.js";

/** Parses JSON, or returns undefined when it is invalid. */
function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A linear congruential generator: the same seed gives the same texts on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe("quoteNumbers", () => {
  it("quotes numbers in values and arrays", () => {
    expect(quoteNumbers('{"a":7.0,"b":[0.5,-2e5,{"c":1E3}]}')).toBe('{"a":"7.0","b":["0.5","-2e5",{"c":"1E3"}]}');
    expect(quoteNumbers('{ "a" : 1.5 , "b" : [ 2.0 , -0 ] }')).toBe('{ "a" : "1.5" , "b" : [ "2.0" , "-0" ] }');
  });

  it("leaves integers a double prints alike", () => {
    expect(quoteNumbers('{"a":0,"b":[-7,443],"c":999999999999999}')).toBe('{"a":0,"b":[-7,443],"c":999999999999999}');
  });

  it("quotes integers past 15 digits", () => {
    expect(quoteNumbers('{"a":1000000000000000,"b":-9007199254740993}')).toBe('{"a":"1000000000000000","b":"-9007199254740993"}');
  });

  it("leaves strings alone", () => {
    const text = '{"s":"x: 1, [2", "e":"\\\\", "q":"say \\"3\\"", "k\\\\":4.5}';
    expect(quoteNumbers(text)).toBe('{"s":"x: 1, [2", "e":"\\\\", "q":"say \\"3\\"", "k\\\\":"4.5"}');
  });

  it("returns text without numbers unchanged", () => {
    const text = '{"a":"1","b":true,"c":null}';
    expect(quoteNumbers(text)).toBe(text);
  });

  it.each([
    ["a leading zero", '{"a":01}'],
    ["a bare minus", '{"a":-}'],
    ["a trailing dot", '{"a":1.}'],
    ["an exponent without digits", '{"a":1e}'],
    ["a number as a key", '{"a":1,2:3}'],
    ["two numbers in a row", '{"a":1 2}'],
    ["an unclosed string", '{"a":"1, 2'],
  ])("keeps %s invalid", (_, text) => {
    expect(tryParse(quoteNumbers(text))).toBeUndefined();
  });

  it("keeps a top-level number as it is", () => {
    expect(quoteNumbers("42")).toBe("42");
  });

  it("keeps valid JSON valid and invalid JSON invalid", () => {
    const pieces = ["{", "}", "[", "]", ":", ",", '"', "\\", "0", "1", "-", "+", ".", "e", " ", '"k"', '"x\\"y"', "true", "null", "01", "1.5", "1e5"];
    const next = random(42);
    let valid = 0;

    for (let round = 0; round < 50_000; round++) {
      let text = "";
      const length = 1 + Math.floor(next() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];

      const original = tryParse(text);
      const quoted = tryParse(quoteNumbers(text));
      expect(quoted === undefined, text).toBe(original === undefined);
      if (original === undefined) continue;

      valid++;
      // Every number became the string of its own text. Reading number-like strings back as
      // numbers on both sides must then give the same value.
      const numbersBack = (_: string, value: unknown) => (typeof value === "string" && /^-?\d/.test(value) ? Number(value) : value);
      expect(JSON.stringify(quoted, numbersBack), text).toBe(JSON.stringify(original, numbersBack));
    }

    expect(valid).toBeGreaterThan(100);
  });
});
