/**
 * The table output format: a header line, a rule, then one block per row with the columns
 * aligned. A value with several lines (as `collect()` produces) spans several lines of its row,
 * and then a blank line separates the rows. Columns appear in the order their fields first appear
 * in the results.
 */
import { displayWidth } from "./displayWidth.js";
import { escapeControlCharacters } from "./sanitize.js";

const COLUMN_GAP = "  ";

/** Returns the field names of all rows, in order of first appearance. */
export function columnsOf(rows: readonly Record<string, string>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) {
    for (const field of Object.keys(row)) columns.add(field);
  }
  return [...columns];
}

/** Splits a value into display lines with control characters escaped. */
function cellLines(value: string | undefined): string[] {
  if (value === undefined) return [""];
  return value.split(/\r?\n/).map(escapeControlCharacters);
}

/** Renders rows as an aligned text table; returns "" when there are no rows. */
export function renderTable(rows: readonly Record<string, string>[]): string {
  if (rows.length === 0) return "";

  const columns = columnsOf(rows);
  const header = columns.map((column) => escapeControlCharacters(column));
  const cells = rows.map((row) =>
    columns.map((column) => cellLines(Object.hasOwn(row, column) ? row[column] : undefined)),
  );

  const widths = header.map((name, index) => {
    let width = displayWidth(name);
    for (const row of cells) {
      for (const line of row[index]!) width = Math.max(width, displayWidth(line));
    }
    return width;
  });

  const output = [formatLine(header, widths), formatLine(widths.map((width) => "-".repeat(width)), widths)];
  const heights = cells.map((row) => Math.max(...row.map((lines) => lines.length)));
  const separateRows = heights.some((height) => height > 1);

  for (const [rowIndex, row] of cells.entries()) {
    if (separateRows && rowIndex > 0) output.push("");
    for (let lineIndex = 0; lineIndex < heights[rowIndex]!; lineIndex++) {
      output.push(formatLine(row.map((lines) => lines[lineIndex] ?? ""), widths));
    }
  }
  return `${output.join("\n")}\n`;
}

function formatLine(texts: readonly string[], widths: readonly number[]): string {
  const padded = texts.map((text, index) => text + " ".repeat(widths[index]! - displayWidth(text)));
  return padded.join(COLUMN_GAP).trimEnd();
}
