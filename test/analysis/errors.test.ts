import { describe, expect, it } from "vitest";
import { CqlRuntimeError, CqlSyntaxError, ErrorCodes, formatDiagnostic } from "../../src/errors/index.js";

const source = "a=1\n| grupBy(x)\n";

function syntaxError(fields: Partial<ConstructorParameters<typeof CqlSyntaxError>[0]>): CqlSyntaxError {
  return new CqlSyntaxError({
    code: ErrorCodes.unexpectedToken,
    message: "bad",
    line: 2,
    column: 3,
    offset: 6,
    length: 6,
    source,
    ...fields,
  });
}

describe("CqlSyntaxError", () => {
  it("renders file, position, source line and carets", () => {
    expect(syntaxError({ file: "q.cql" }).format()).toBe("q.cql:2:3: bad\n| grupBy(x)\n  ^^^^^^");
  });

  it("leaves the file out when there is none", () => {
    expect(syntaxError({}).format().split("\n")[0]).toBe("2:3: bad");
  });

  it("draws one caret for an empty span", () => {
    expect(syntaxError({ length: 0 }).format().split("\n")[2]).toBe("  ^");
  });

  it("cuts the carets at the line end", () => {
    expect(syntaxError({ length: 50 }).format().split("\n")[2]).toBe("  ^^^^^^^^^");
  });

  it("keeps tabs so the caret lines up", () => {
    const error = new CqlSyntaxError({ code: ErrorCodes.syntax, message: "m", line: 1, column: 2, offset: 1, length: 1, source: "\tx" });
    expect(error.format()).toBe("1:2: m\n\tx\n\t^");
  });

  it("points past the end for an error at the end of input", () => {
    const error = new CqlSyntaxError({ code: ErrorCodes.unexpectedEnd, message: "m", line: 1, column: 4, offset: 3, length: 0, source: "a=(" });
    expect(error.format()).toBe("1:4: m\na=(\n   ^");
  });

  it("lists every error it carries", () => {
    const second = syntaxError({ message: "second", line: 1, column: 1, offset: 0, length: 1 });
    const error = new CqlSyntaxError({ code: ErrorCodes.syntax, message: "first", line: 2, column: 3, offset: 6, length: 1, source }, [second]);
    expect(error.errors).toHaveLength(2);
    expect(error.format()).toBe(`${formatDiagnostic(error)}\n${formatDiagnostic(second)}`);
  });

  it("is an Error with a stable code", () => {
    const error = syntaxError({});
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("CQL1002");
    expect(error.name).toBe("CqlSyntaxError");
  });
});

describe("CqlRuntimeError", () => {
  it("names file and line when known", () => {
    expect(new CqlRuntimeError({ code: ErrorCodes.invalidInput, message: "m", file: "e.ndjson", line: 3 }).format()).toBe("e.ndjson:3: m");
    expect(new CqlRuntimeError({ code: ErrorCodes.invalidInput, message: "m" }).format()).toBe("m");
  });
});
