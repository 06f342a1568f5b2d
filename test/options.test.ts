import { describe, expect, it } from "vitest";
import { compile, CqlRuntimeError, ErrorCodes, type CompileOptions, type RunOptions } from "../src/index.js";

/** Returns the error `action` throws, failing the test when it throws nothing. */
function errorOf(action: () => unknown): CqlRuntimeError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(CqlRuntimeError);
    return error as CqlRuntimeError;
  }
  throw new Error("expected an error");
}

describe("compile options", () => {
  it.each([
    ["now NaN", { now: Number.NaN }, 'invalid option "now": expected epoch milliseconds as an integer number, got NaN'],
    ["now as text", { now: "2024" }, 'invalid option "now": expected epoch milliseconds as an integer number, got "2024"'],
    ["now as a Date", { now: new Date(0) }, 'invalid option "now": expected epoch milliseconds as an integer number, got a Date object'],
    ["start past the Date range", { start: 1e16 }, 'invalid option "start"'],
    ["an unknown zone", { timezone: "Mars/Base" }, 'invalid option "timezone": expected an IANA time zone'],
    ["tags as text", { tags: "event_simpleName" }, 'invalid option "tags": expected an array of field names'],
    ["a file that is not text", { files: { "a.csv": 1 } }, 'got an object (files["a.csv"] is 1)'],
    ["a Map of files", { files: new Map() }, 'invalid option "files": expected an object mapping each lookup file name to its text, got a Map object'],
    ["fields", { fields: new Set(["a"]) }, 'invalid option "fields": expected no value: the query decides which fields are built'],
    ["a registry of the wrong type", { registry: {} }, 'invalid option "registry"'],
  ])("rejects %s", (_, options, message) => {
    const error = errorOf(() => compile("*", options as unknown as CompileOptions));
    expect(error.code).toBe(ErrorCodes.invalidOption);
    expect(error.message).toContain(message);
  });

  it("rejects a misspelt name with a hint", () => {
    const error = errorOf(() => compile("*", { timestampfield: "t" } as unknown as CompileOptions));
    expect(error.message).toBe('unknown option "timestampfield" for compile(). Did you mean "timestampField"?');
  });

  it("rejects a window that ends before it starts", () => {
    const error = errorOf(() => compile("*", { start: 2000, end: 1000 }));
    expect(error.message).toBe('invalid options "start" and "end": the search window starts (2000) after it ends (1000)');
  });

  it("reports a getter that throws", () => {
    const options = Object.defineProperty({}, "now", { enumerable: true, get: () => { throw new Error("denied"); } });
    expect(errorOf(() => compile("*", options)).message).toBe('option "now" could not be read: denied');
  });

  it("rejects a circular value without overflowing", () => {
    const parameters: Record<string, unknown> = {};
    parameters.self = parameters;
    const error = errorOf(() => compile("*", { parameters } as unknown as CompileOptions));
    expect(error.message).toContain('(parameters["self"] is an object)');
  });

  it("accepts every documented option", () => {
    const options: Required<Omit<CompileOptions, "registry" | "fields">> = {
      now: 1_700_000_000_000,
      start: 0,
      end: 1_700_000_000_000,
      timezone: "Europe/Berlin",
      files: { "users.csv": "user\nalice\n" },
      savedSearches: { mine: "a=1" },
      parameters: { host: "web-1" },
      geoDatabases: {},
      reverseDns: () => undefined,
      tags: ["kind"],
      timestampField: "t",
      onWarning: () => {},
      explain: false,
      file: "query.cql",
    };
    expect(() => compile("*", options)).not.toThrow();
  });

  it("treats undefined as unset", () => {
    expect(() => compile("*", { now: undefined, timezone: undefined })).not.toThrow();
  });
});

describe("run options", () => {
  const query = compile("*", { start: 1000 });

  it("rejects an unknown name in run()", () => {
    const error = errorOf(() => query.run([], { timezon: "UTC" } as unknown as RunOptions));
    expect(error.message).toBe('unknown option "timezon" for run() and stream(). Did you mean "timezone"?');
  });

  it("names compile options given to run()", () => {
    const error = errorOf(() => query.run([], { file: "q.cql" } as unknown as RunOptions));
    expect(error.message).toBe('option "file" is a compile() option: give it to compile(), not to run() and stream()');
  });

  it("rejects an invalid value in stream()", async () => {
    const iterator = query.stream([], { now: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow('invalid option "now"');
  });

  it("checks the window against the compile options", () => {
    const error = errorOf(() => query.run([], { end: 500 }));
    expect(error.message).toBe('invalid options "start" and "end": the search window starts (1000) after it ends (500)');
  });

  it("rejects options that are not an object", () => {
    expect(errorOf(() => query.run([], null as unknown as RunOptions)).message).toBe(
      "the options of run() and stream() must be an object, not null",
    );
  });
});

describe("input events", () => {
  const query = compile("*");

  it("names the index and field of a value that is not JSON data", () => {
    const error = errorOf(() => query.run([{ a: "1" }, { a: "2" }, { d: new Date(0) }]));
    expect(error.code).toBe(ErrorCodes.invalidInput);
    expect(error.message).toBe(
      'input event at index 2: field "d" is a Date object, which is not JSON data: convert it to a string, number, array or plain object first',
    );
  });

  it("names the field of a getter that throws", () => {
    const event = Object.defineProperty({}, "secret", { enumerable: true, get: () => { throw new TypeError("denied"); } });
    expect(errorOf(() => query.run([event])).message).toBe('input event at index 0: field "secret" could not be read: denied');
  });

  it("numbers events the same in stream()", async () => {
    const run = async () => {
      for await (const _ of query.stream([{ a: "1" }, new Map() as never])) {
        // Drains the stream.
      }
    };
    await expect(run()).rejects.toThrow("input event at index 1: the event is a Map object");
  });

  it("numbers events in a selfJoinFilter() query", () => {
    const query = compile("selfJoinFilter(field=k, where=[{a=1}, {a=2}])");
    const error = errorOf(() => query.run([{ k: "x", a: "1" }, { k: "x", a: "2" }, { k: "x", a: Number.NaN } as never]));
    expect(error.message).toBe('input event at index 2: field "a" is NaN, which JSON cannot represent: use a string or leave the field out');
  });
});

describe("unreadable timestamps", () => {
  const events = [{ t: "2021-10-01 00:00:00.000Z" }, { t: "soon" }, { t: "1633046400" }, { t: "later" }];
  const expectedWarning =
    '2 events have a value in field "t" that is not a timestamp (the first: "soon"); they were kept without a ' +
    "@timestamp from it and marked with @error=true and @error_msg. Accepted: epoch seconds or milliseconds, " +
    "or an ISO-8601 date-time with Z or an offset (2021-10-01 00:00:00.000Z)";

  it("keeps the events and marks them", () => {
    const { events: output, warnings } = compile("*").run(events, { timestampField: "t" });
    expect(output.map((event) => event["@timestamp"])).toEqual(["1633046400000", undefined, "1633046400000", undefined]);
    expect(output.map((event) => event["@error"])).toEqual([undefined, "true", undefined, "true"]);
    expect(warnings).toEqual([expectedWarning]);
  });

  it("warns whatever the query reads", () => {
    const { events: output, warnings } = compile("count()").run(events, { timestampField: "t" });
    expect(output).toEqual([{ _count: "4" }]);
    expect(warnings).toEqual([expectedWarning]);
  });

  it("warns once in stream()", async () => {
    const warnings: string[] = [];
    const output: Record<string, string>[] = [];
    for await (const event of compile("@error=true").stream(events, { timestampField: "t", onWarning: (message) => warnings.push(message) })) {
      output.push(event);
    }
    expect(output.map((event) => event.t)).toEqual(["soon", "later"]);
    expect(warnings).toEqual([expectedWarning]);
  });

  it("counts each event once with selfJoinFilter()", () => {
    const query = compile("selfJoinFilter(field=k, where=[{a=1}, {a=2}])");
    const input = [{ k: "x", a: "1", t: "soon" }, { k: "x", a: "2", t: "1633046400" }];
    const { warnings } = query.run(input, { timestampField: "t" });
    expect(warnings).toEqual([expect.stringMatching(/^1 event has a value in field "t" that is not a timestamp \(the first: "soon"\); it was kept/)]);
  });
});
