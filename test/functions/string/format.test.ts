import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

/** Runs format() with the given format string over one event and returns _format. */
function formatted(format: string, fields: string, event: Record<string, unknown>): string | undefined {
  return runQuery(`format(${JSON.stringify(format)}, field=[${fields}])`, [event])[0]?._format;
}

describe("format strings", () => {
  it("joins strings", () => {
    // functions-format example "Combine Values of Multiple Fields".
    expect(formatted("%s,%s", "a, b", { a: "John", b: "Smith" })).toBe("John,Smith");
  });

  it("reads %25s as a width", () => {
    // 25 columns, right-aligned: 22 spaces before "abc".
    expect(formatted("id:%25s:", "a", { a: "abc" })).toBe(`id:${" ".repeat(22)}abc:`);
  });

  it("left-aligns with -", () => {
    expect(formatted("[%-5s]", "a", { a: "ab" })).toBe("[ab   ]");
  });

  it("cuts strings to the precision", () => {
    expect(formatted("%.3s...", "a", { a: "abcdef" })).toBe("abc...");
  });

  it("upper-cases with %S", () => {
    expect(formatted("%S", "a", { a: "abc" })).toBe("ABC");
  });

  it("writes %% and %n", () => {
    expect(formatted("%s%%%n", "a", { a: "5" })).toBe("5%\n");
  });

  it("picks fields by position and reuses with %<", () => {
    expect(formatted("%2$s-%1$s-%<s-%s", "a, b", { a: "A", b: "B" })).toBe("B-A-A-A");
  });

  it("ignores flags that do not apply", () => {
    // The corpus writes "%,.100s"; a grouping comma means nothing for text.
    expect(formatted("%,.3s", "a", { a: "abcdef" })).toBe("abc");
  });

  it("prints a missing field as null in %s", () => {
    expect(formatted("[%s]", "a", {})).toBe("[null]");
  });
});

describe("format integers", () => {
  it("prints uppercase hexadecimal", () => {
    // functions-format example "Convert Decimal Numbers to Hexadecimal Format".
    const values = [255, 16, 4096, 65535, 10].map((num) => formatted("%X", "num", { num }));
    expect(values).toEqual(["FF", "10", "1000", "FFFF", "A"]);
  });

  it("groups thousands with a comma", () => {
    // functions-format: "%,i" of 3886817.
    expect(formatted("%,i", "n", { n: 3886817 })).toBe("3,886,817");
  });

  it("applies sign, padding and parentheses flags", () => {
    expect(formatted("%+d|% d|%05d|%-4d|%(d", "a, a, a, a, b", { a: 42, b: -7 })).toBe("+42| 42|00042|42  |(7)");
  });

  it("prints negatives in hex as 64-bit two's complement", () => {
    // -1 is all ones: 16 hex digits, or 8 with the 32-bit length h.
    expect(formatted("%x %hx", "a, a", { a: -1 })).toBe("ffffffffffffffff ffffffff");
  });

  it("adds prefixes with #", () => {
    // 42 is 0o52 and 0x2A.
    expect(formatted("%#o %#x %#X", "a, a, a", { a: 42 })).toBe("052 0x2a 0X2A");
  });

  it("uses the precision as a minimum digit count", () => {
    expect(formatted("%.2i", "a", { a: 7 })).toBe("07");
  });

  it("drops the decimals of a non-integral value", () => {
    expect(formatted("%d", "a", { a: "12.9" })).toBe("12");
  });

  it("writes nothing for a value that is not a number", () => {
    expect(runQuery('format("%d", field=a)', [{ a: "abc" }, {}])).toEqual([{ a: "abc" }, {}]);
  });
});

describe("format floating point", () => {
  it("rounds to the precision, halves up", () => {
    // 1.005 prints as 1.005, so two decimals round up to 1.01; 0.125 gives 0.13.
    expect(formatted("%.2f %.2f %.1f", "a, b, c", { a: 1.005, b: 0.125, c: 0.05 })).toBe("1.01 0.13 0.1");
  });

  it("defaults to six decimals", () => {
    expect(formatted("%f", "a", { a: 3.5 })).toBe("3.500000");
  });

  it("groups the integer part", () => {
    expect(formatted("%,.2f", "a", { a: 1234567.891 })).toBe("1,234,567.89");
  });

  it("pads with zeros after the sign", () => {
    expect(formatted("%08.3f|%03.0f", "a, b", { a: -3.14159, b: 7.6 })).toBe("-003.142|008");
  });

  it("prints %e with a two-digit exponent", () => {
    // 12345.678 = 1.2345678e4, six decimals: 1.234568.
    expect(formatted("%e %E", "a, a", { a: 12345.678 })).toBe("1.234568e+04 1.234568E+04");
  });

  it("switches %g to %e past the precision", () => {
    // %g uses %f from 10^-4 up to 10^6 (the default precision), %e outside.
    expect(formatted("%g|%g|%g", "a, b, c", { a: 0.0001, b: 123456.789, c: 1234567 })).toBe("0.000100000|123457|1.23457e+06");
  });

  it("adds a value to a formatted number in an expression", () => {
    // syntax-expressions: a := "2" | b := format("%s%s", field=[a, a]) + 1 gives 23.
    expect(runQuery('a := "2" | b := format("%s%s", field=[a, a]) + 1', [{}])).toEqual([{ a: "2", b: "23" }]);
  });
});

describe("format dates and characters", () => {
  it("formats epoch milliseconds with %t", () => {
    // 1756284711312 ms is 2025-08-27T08:51:51.312Z, a Wednesday.
    expect(formatted("%tF %<tT.%<tL %<tA %<tZ", "t", { t: 1756284711312 })).toBe("2025-08-27 08:51:51.312 Wednesday UTC");
  });

  it("upper-cases with %T", () => {
    expect(formatted("%Tp %<tp", "t", { t: 1756284711312 })).toBe("AM am");
  });

  it("honours the timezone parameter", () => {
    // Europe/Copenhagen is UTC+2 in August: 08:51 becomes 10:51.
    const [row] = runQuery('format("%tH:%<tM", field=t, timezone="Europe/Copenhagen")', [{ t: 1756284711312 }]);
    expect(row?._format).toBe("10:51");
  });

  it("prints characters with %c", () => {
    expect(formatted("%c%c", "a, b", { a: "x", b: 65 })).toBe("xA");
  });

  it("prints booleans with %b", () => {
    expect(formatted("%b %b %b", "a, b, c", { a: "false", b: "yes" })).toBe("false true false");
  });
});

describe("format errors", () => {
  it("rejects an unknown conversion", () => {
    expect(errorOf(() => runQuery('format("%q", field=a)', [])).message).toMatch(/unknown conversion "%q"/);
  });

  it("rejects a dangling percent sign", () => {
    expect(errorOf(() => runQuery('format("100%", field=a)', [])).message).toMatch(/ends after "%"/);
  });

  it("rejects more specifiers than fields", () => {
    expect(errorOf(() => runQuery('format("%s %s", field=a)', [])).message).toMatch(/reads 2 fields but field= lists 1 field/);
  });

  it("rejects a huge width", () => {
    expect(errorOf(() => runQuery('format("%99999999s", field=a)', [])).message).toMatch(/width 99999999 .* is above the maximum 10,000/);
  });

  it("rejects an invalid time zone", () => {
    expect(errorOf(() => runQuery('format("%tH", field=t, timezone="Mars/Base")', [])).message).toMatch(/invalid time zone/);
  });
});
