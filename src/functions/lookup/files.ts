/**
 * Lookup files and ad-hoc tables: the tables that match(), readFile(), cidr(file=...) and
 * ioc:lookup() read. Files come from the run option `files` (name to CSV or JSON text); tables
 * come from defineTable() and exist only while a run lasts.
 *
 * Formats, as LogScale accepts them (docs page functions-match, "CSV File Format" and
 * "JSON File Formats"):
 * - CSV: the first line names the columns, and fields are separated by commas. A field may be
 *   quoted with `"`, where a doubled `""` is one quote. Whitespace belongs to the value.
 * - JSON: an array of objects, one row each; or an object whose members map a key value to an
 *   object of the other columns, in which case the key value becomes the column that match()
 *   names in `column`.
 */
import { CqlError, CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import { fromJson, type Event, type JsonValue } from "../../engine/event.js";
import type { CompileContext, RunContext, RunOptions } from "../types.js";

/** One row of a table: column name to value. A column the row lacks is absent. */
export type Row = Event;

/** A parsed lookup file or ad-hoc table. */
export class LookupTable {
  private readonly keyedRows = new Map<string, Row[]>();

  /**
   * @param rows the rows in file order
   * @param columns the column names in file order (the CSV header, or every name the rows use)
   * @param keys for a JSON object file: the member names, one per row; the rows then lack the key column
   */
  constructor(
    readonly name: string,
    private readonly rows: readonly Row[],
    readonly columns: readonly string[],
    private readonly keys?: readonly string[],
  ) {}

  /** The number of rows. */
  get size(): number {
    return this.rows.length;
  }

  /**
   * Returns the rows with `column` filled in. Only a JSON object file differs: its member names
   * become the values of whichever column the caller matches on.
   */
  rowsKeyedBy(column: string | undefined): readonly Row[] {
    if (this.keys === undefined || column === undefined) {
      return this.rows;
    }

    let rows = this.keyedRows.get(column);
    if (rows === undefined) {
      const keys = this.keys;
      rows = this.rows.map((row, index) => new Map([[column, keys[index] as string], ...row]));
      this.keyedRows.set(column, rows);
    }
    return rows;
  }

  /** True for a JSON object file, whose key column takes its name from the caller. */
  get keyedByMember(): boolean {
    return this.keys !== undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * Parses a lookup file by its name: `.json` files as JSON, everything else as CSV.
 * @throws CqlError (invalidFile) when JSON text is not valid JSON or has neither supported shape.
 */
export function parseLookupFile(name: string, text: string): LookupTable {
  return /\.json$/i.test(name) ? parseJsonTable(name, text) : parseCsvTable(name, text);
}

/** Parses CSV text. Rows shorter than the header lack the missing columns; extra cells are ignored. */
export function parseCsvTable(name: string, text: string): LookupTable {
  const records = parseCsvRecords(text.startsWith("\uFEFF") ? text.slice(1) : text);
  const header = records.shift() ?? [];

  const rows = records.map((cells) => {
    const row: Row = new Map();
    header.forEach((column, index) => {
      const value = cells[index];
      if (value !== undefined) {
        row.set(column, value);
      }
    });
    return row;
  });

  return new LookupTable(name, rows, header);
}

/**
 * Splits CSV text into records of cells. Line ends are `\n` or `\r\n`; blank lines are skipped;
 * a quoted cell may hold commas, quotes (doubled) and line ends.
 */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let cellStarted = false;

  const endRecord = () => {
    if (cellStarted || cells.length > 0) {
      cells.push(cell);
      records.push(cells);
    }
    cells = [];
    cell = "";
    cellStarted = false;
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;

    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
      continue;
    }

    if (char === '"' && cell.length === 0) {
      quoted = true;
      cellStarted = true;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
      cellStarted = true;
    } else if (char === "\n") {
      endRecord();
    } else if (char === "\r" && text[index + 1] === "\n") {
      continue;
    } else {
      cell += char;
      cellStarted = true;
    }
  }

  endRecord();
  return records;
}

/**
 * Parses a JSON lookup file. Values are flattened the way events are (`a.b`, `a[0]`), and
 * numbers and booleans become their JSON text.
 */
export function parseJsonTable(name: string, text: string): LookupTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CqlError(ErrorCodes.invalidFile, `lookup file "${name}" is not valid JSON: ${(error as Error).message}`);
  }

  if (Array.isArray(value)) {
    const rows = value.filter(isObject).map((item) => fromJson(item as JsonValue));
    return new LookupTable(name, rows, columnsOf(rows));
  }

  if (isObject(value)) {
    const keys: string[] = [];
    const rows: Row[] = [];
    for (const key of Object.keys(value)) {
      const member = value[key];
      keys.push(key);
      rows.push(isObject(member) ? fromJson(member as JsonValue) : new Map());
    }
    return new LookupTable(name, rows, columnsOf(rows), keys);
  }

  throw new CqlError(
    ErrorCodes.invalidFile,
    `lookup file "${name}" must hold a JSON array of objects or an object of objects keyed by the lookup value`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function columnsOf(rows: readonly Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) {
    for (const column of row.keys()) {
      columns.add(column);
    }
  }
  return [...columns];
}

// ---------------------------------------------------------------------------------------------
// Finding files and tables

/** Parsed files per `files` option, so each file is parsed once however many calls read it. */
const parsedFiles = new WeakMap<Readonly<Record<string, string>>, Map<string, LookupTable>>();

/** Returns the lookup file `name` from the run's files, parsed; undefined when there is none. */
export function lookupFile(options: RunOptions, name: string): LookupTable | undefined {
  const files = options.files;
  if (files === undefined || !Object.prototype.hasOwnProperty.call(files, name)) {
    return undefined;
  }

  let cache = parsedFiles.get(files);
  if (cache === undefined) {
    cache = new Map();
    parsedFiles.set(files, cache);
  }

  let table = cache.get(name);
  if (table === undefined) {
    table = parseLookupFile(name, files[name] as string);
    cache.set(name, table);
  }
  return table;
}

/**
 * The names of the tables defineTable() calls of a query declare, per compilation (each
 * compilation has its own options object), so later calls know the name before the run fills
 * the table in.
 */
const declaredTables = new WeakMap<RunOptions, Set<string>>();

/** Records that the query being compiled defines table `name`. */
export function declareTable(options: RunOptions, name: string): void {
  let names = declaredTables.get(options);
  if (names === undefined) {
    names = new Set();
    declaredTables.set(options, names);
  }
  names.add(name);
}

/** Tells whether an earlier defineTable() of the query being compiled defines table `name`. */
export function isDeclaredTable(options: RunOptions, name: string): boolean {
  return declaredTables.get(options)?.has(name) === true;
}

/** The tables defineTable() filled in, per run. */
const runTables = new WeakMap<RunContext, Map<string, LookupTable>>();

/** Stores a table for the rest of the run. */
export function storeTable(run: RunContext, table: LookupTable): void {
  let tables = runTables.get(run);
  if (tables === undefined) {
    tables = new Map();
    runTables.set(run, tables);
  }
  tables.set(table.name, table);
}

/** Returns a table defineTable() filled in during this run, or undefined. */
export function runTable(run: RunContext, name: string): LookupTable | undefined {
  return runTables.get(run)?.get(name);
}

/**
 * A source of one table for a compiled call: a file, read when the query compiles, or a
 * defineTable() table, read when the run reaches the call.
 */
export type TableSource =
  | { kind: "file"; table: LookupTable }
  | { kind: "defined"; name: string }
  | { kind: "missing"; name: string; message: string };

/**
 * Finds the file or table a call names in parameter `parameter`.
 * @throws CqlQueryError (missingFile) at the argument when neither exists although the run
 * supplies files, (invalidFile) when the file cannot be read. Without any files, a missing name
 * becomes a runtime error of the run that reads it.
 */
export function resolveTable(name: string, parameter: string, ctx: CompileContext): TableSource {
  if (isDeclaredTable(ctx.options, name)) {
    return { kind: "defined", name };
  }

  let table: LookupTable | undefined;
  try {
    table = lookupFile(ctx.options, name);
  } catch (error) {
    if (error instanceof CqlError) {
      ctx.error(error.message, ctx.argumentSpan(parameter), error.code);
    }
    throw error;
  }

  if (table !== undefined) {
    return { kind: "file", table };
  }

  const message = `lookup file or table "${name}" not found: supply the file in the run option files (the cql command reads it with --lookup or --lookup-dir), or define the table with defineTable(name="${name}", ...) earlier in the query`;
  if (ctx.options.files === undefined) {
    // The query may be compiled before the run that supplies its files, so the run reports it.
    return { kind: "missing", name, message };
  }
  return ctx.error(message, ctx.argumentSpan(parameter), ErrorCodes.missingFile);
}

/**
 * Returns the table of a source during a run.
 * @throws CqlRuntimeError (missingFile) when the file is missing, or when a defineTable() table is
 * read before the run filled it in.
 */
export function tableOf(source: TableSource, run: RunContext): LookupTable {
  if (source.kind === "file") {
    return source.table;
  }

  if (source.kind === "missing") {
    throw new CqlRuntimeError({ code: ErrorCodes.missingFile, message: source.message });
  }

  const table = runTable(run, source.name);
  if (table === undefined) {
    throw new CqlRuntimeError({
      code: ErrorCodes.missingFile,
      message: `table "${source.name}" is read before its defineTable() has run; defineTable() must come first in the query`,
    });
  }
  return table;
}
