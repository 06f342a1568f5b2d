import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputError, readEventFiles } from "../../src/io/index.js";

async function collect(iterable: AsyncIterable<Record<string, unknown>>): Promise<Record<string, unknown>[]> {
  const events: Record<string, unknown>[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

describe("readEventFiles", () => {
  it("reads files and stdin in the given order", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cql-io-"));
    const ndjson = join(dir, "a.ndjson");
    const array = join(dir, "b.json");
    await writeFile(ndjson, '{"n":"1"}\n{"n":"2"}\n');
    await writeFile(array, '[{"n":"4"}]');
    const stdin = Readable.from([Buffer.from('{"n":"3"}\n')]);

    const events = await collect(readEventFiles([ndjson, "-", array], {}, stdin));
    expect(events).toEqual([{ n: "1" }, { n: "2" }, { n: "3" }, { n: "4" }]);
  });

  it("names stdin in errors", async () => {
    const stdin = Readable.from(["{bad}\n"]);
    await expect(collect(readEventFiles(["-"], {}, stdin))).rejects.toThrow(/^<stdin>:1: invalid JSON/);
  });

  it("reports a missing file by name", async () => {
    const missing = join(tmpdir(), "cql-no-such-file.ndjson");
    const reading = collect(readEventFiles([missing]));
    await expect(reading).rejects.toBeInstanceOf(InputError);
    await expect(collect(readEventFiles([missing]))).rejects.toThrow(`${missing}: file not found`);
  });

  it("stops reading when the consumer stops", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cql-io-"));
    const path = join(dir, "large.ndjson");
    const line = `${JSON.stringify({ msg: "y".repeat(200) })}\n`;
    await writeFile(path, line.repeat(50_000));

    let count = 0;
    for await (const event of readEventFiles([path])) {
      if (count === 0) expect(event.msg).toHaveLength(200);
      count++;
      if (count === 10) break;
    }
    expect(count).toBe(10);
  });
});
