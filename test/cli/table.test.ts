import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/formats/displayWidth.js";
import { escapeControlCharacters, rowToJson } from "../../src/cli/formats/sanitize.js";
import { columnsOf, renderTable } from "../../src/cli/formats/table.js";

describe("renderTable", () => {
  it("aligns columns under a header", () => {
    const table = renderTable([
      { host: "web-1", _count: "12" },
      { host: "db", _count: "3" },
    ]);
    expect(table).toBe(["host   _count", "-----  ------", "web-1  12", "db     3", ""].join("\n"));
  });

  it("orders columns by first appearance", () => {
    const rows: Record<string, string>[] = [{ b: "1" }, { a: "2", b: "3" }, { c: "4" }];
    expect(columnsOf(rows)).toEqual(["a", "b", "c"]);
    expect(renderTable(rows)).toBe(["a  b  c", "-  -  -", "   1", "2  3", "      4", ""].join("\n"));
  });

  it("places a late field after its row neighbour", () => {
    const rows: Record<string, string>[] = [
      { aid: "1", FileName: "a", UserID: "0", count: "30" },
      { aid: "2", FileName: "b", UserName: "root", UserID: "0", count: "28" },
    ];
    expect(columnsOf(rows)).toEqual(["aid", "FileName", "UserName", "UserID", "count"]);
  });

  it("spreads multi-line values over lines", () => {
    const table = renderTable([
      { pid: "1", FileName: "a.exe\nbb.exe" },
      { pid: "2", FileName: "c.exe" },
    ]);
    expect(table).toBe(
      ["pid  FileName", "---  --------", "1    a.exe", "     bb.exe", "", "2    c.exe", ""].join("\n"),
    );
  });

  it("escapes control characters in values", () => {
    const table = renderTable([{ v: "a\u001b[31mred\tb\u009bc" }]);
    expect(table).toContain("a\\x1b[31mred\\tb\\x9bc");
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("renders nothing for no rows", () => {
    expect(renderTable([])).toBe("");
  });

  it("keeps __proto__ as a column", () => {
    const row = JSON.parse('{"__proto__":"x","a":"1"}') as Record<string, string>;
    expect(renderTable([row])).toBe(["__proto__  a", "---------  -", "x          1", ""].join("\n"));
  });
});

describe("displayWidth", () => {
  it("counts wide and zero-width characters", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("日本")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("🦊")).toBe(2);
  });
});

describe("JSON output", () => {
  it("escapes C1 controls and stays valid JSON", () => {
    const line = rowToJson({ v: "a\u009bb\u007f\n" });
    expect(line).toBe('{"v":"a\\u009bb\\u007f\\n"}');
    expect(JSON.parse(line)).toEqual({ v: "a\u009bb\u007f\n" });
  });

  it("escapes control characters for the terminal", () => {
    expect(escapeControlCharacters("a\r\nb\u0000")).toBe("a\\r\\nb\\x00");
  });
});

describe("bidirectional text", () => {
  const reordering = "\u202eevil\u202c \u2066x\u2069 \u200f\u061c\u2028";

  it("escapes bidi controls and separators in the table", () => {
    const table = renderTable([{ c: reordering }]);
    expect(table).toContain("\\u202eevil\\u202c \\u2066x\\u2069 \\u200f\\u061c\\u2028");
    expect(table).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/);
  });

  it("escapes them in JSON and keeps the value", () => {
    const line = rowToJson({ c: reordering });
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/);
    expect(JSON.parse(line)).toEqual({ c: reordering });
  });

  it("leaves other format characters alone", () => {
    // The zero-width joiner builds emoji sequences such as the family emoji.
    expect(escapeControlCharacters("👨\u200d👩")).toBe("👨\u200d👩");
  });
});
