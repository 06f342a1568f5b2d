/**
 * The table output format: a header line, a rule, then one block per row with the columns
 * aligned. A value with several lines (as `collect()` produces) spans several lines of its row,
 * and then a blank line separates the rows. Columns follow the field order of the results (see
 * `columnsOf`).
 */
import { displayWidth } from "./displayWidth.js";
import { escapeControlCharacters } from "./sanitize.js";

const COLUMN_GAP = "  ";

/**
 * Returns the field names of all rows in a stable order, starting from the first row's order. A
 * field that first appears in a later row goes after the field that precedes it in that row. When
 * nothing precedes it, it goes before the next known field of the row, or else at the end.
 */
export function columnsOf(rows: readonly Record<string, string>[]): string[] {
  const columns: string[] = [];
  for (const row of rows) {
    const fields = Object.keys(row);
    let previous = -1;

    for (const [position, field] of fields.entries()) {
      const index = columns.indexOf(field);
      if (index !== -1) {
        previous = index;
        continue;
      }

      previous = insertionPoint(columns, fields, position, previous);
      columns.splice(previous, 0, field);
    }
  }
  return columns;
}

/** Returns the index at which `columnsOf` inserts the new field at `position` of `fields`. */
function insertionPoint(columns: readonly string[], fields: readonly string[], position: number, previous: number): number {
  if (previous !== -1) return previous + 1;

  for (const later of fields.slice(position + 1)) {
    const index = columns.indexOf(later);
    if (index !== -1) return index;
  }
  return columns.length;
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
