import { describe, expect, it } from "vitest";
import { formatNumber, isNumberText, parseNumber, toNumber, valueToText } from "../../src/engine/values.js";

describe("number recognition", () => {
  it.each(["0", "12", "-3", "+4", "0.5", ".5", "1.", "1e3", "1.74587E100", "-2.5e-3"])("%s is a number", (text) => {
    expect(isNumberText(text)).toBe(true);
  });

  it.each(["", "1,000", " 1", "1 ", "0x1f", "NaN", "Infinity", "1e", "abc", "1.2.3", "--1"])("%j is not a number", (text) => {
    expect(isNumberText(text)).toBe(false);
  });

  it("parses the whole literal", () => {
    expect(parseNumber("1.74587E100")).toBe(1.74587e100);
    expect(parseNumber("1,000")).toBeNull();
  });

  it("reads expression values", () => {
    expect(toNumber("2")).toBe(2);
    expect(toNumber(3)).toBe(3);
    expect(toNumber(true)).toBeNull();
    expect(toNumber(null)).toBeNull();
  });
});

describe("number printing", () => {
  it("prints integral values without a decimal point", () => {
    expect(formatNumber(4 / 2)).toBe("2");
    expect(formatNumber(26)).toBe("26");
  });

  it("prints the shortest round-trip decimal", () => {
    // (1/6)*100 and the average of 1, 2, 9, 10, from the functions-percentage and functions-stats pages.
    expect(formatNumber((1 / 6) * 100)).toBe("16.666666666666664");
    expect(formatNumber((1 + 2 + 9 + 10) / 4)).toBe("5.5");
  });

  it("prints negative zero as 0", () => {
    expect(formatNumber(-0)).toBe("0");
  });

  it("turns values into field text", () => {
    expect(valueToText(true)).toBe("true");
    expect(valueToText(1.5)).toBe("1.5");
    expect(valueToText("x")).toBe("x");
    expect(valueToText(null)).toBeNull();
    expect(valueToText(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
