/**
 * Writes result rows to a stream in the chosen format. NDJSON and JSON are written as rows
 * arrive; the table needs every row to size its columns, so it is written at the end.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { rowToJson } from "./formats/sanitize.js";
import { renderTable } from "./formats/table.js";

export const OUTPUT_FORMATS = ["ndjson", "json", "table"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const FLUSH_THRESHOLD = 64 * 1024;

/** Buffers text and writes it in large pieces, waiting for `drain` when the stream is full. */
export class BufferedWriter {
  private buffer = "";

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_THRESHOLD) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === "") return;

    const text = this.buffer;
    this.buffer = "";
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }
}

export interface ResultWriter {
  /** Number of rows written so far. */
  readonly rows: number;
  write(row: Record<string, string>): Promise<void>;
  /** Writes what is left (closing bracket, the table) and flushes. */
  end(): Promise<void>;
}

export function createResultWriter(format: OutputFormat, stream: Writable): ResultWriter {
  const writer = new BufferedWriter(stream);
  switch (format) {
    case "ndjson":
      return new NdjsonWriter(writer);
    case "json":
      return new JsonArrayWriter(writer);
    case "table":
      return new TableWriter(writer);
  }
}

class NdjsonWriter implements ResultWriter {
  rows = 0;

  constructor(private readonly writer: BufferedWriter) {}

  async write(row: Record<string, string>): Promise<void> {
    this.rows++;
    await this.writer.write(`${rowToJson(row)}\n`);
  }

  async end(): Promise<void> {
    await this.writer.flush();
  }
}

/** A JSON array with one row per line, so the output is both valid JSON and easy to scan. */
class JsonArrayWriter implements ResultWriter {
  rows = 0;

  constructor(private readonly writer: BufferedWriter) {}

  async write(row: Record<string, string>): Promise<void> {
    const prefix = this.rows === 0 ? "[\n  " : ",\n  ";
    this.rows++;
    await this.writer.write(prefix + rowToJson(row));
  }

  async end(): Promise<void> {
    await this.writer.write(this.rows === 0 ? "[]\n" : "\n]\n");
    await this.writer.flush();
  }
}

class TableWriter implements ResultWriter {
  private readonly collected: Record<string, string>[] = [];

  constructor(private readonly writer: BufferedWriter) {}

  get rows(): number {
    return this.collected.length;
  }

  async write(row: Record<string, string>): Promise<void> {
    this.collected.push(row);
  }

  async end(): Promise<void> {
    await this.writer.write(renderTable(this.collected));
    await this.writer.flush();
  }
}
