import { describe, expect, it } from "vitest";
import { compile, CqlQueryError, ErrorCodes } from "../../src/index.js";
import { errorOf } from "../functions/helpers.js";

function queryError(text: string): CqlQueryError {
  const error = errorOf(() => compile(text));
  expect(error).toBeInstanceOf(CqlQueryError);
  return error as CqlQueryError;
}

describe("function lookup", () => {
  it("ignores case", () => {
    expect(compile("groupby(a)").run([{ a: "1" }]).events).toEqual([{ a: "1", _count: "1" }]);
  });

  it("suggests a close name for an unknown function", () => {
    const error = queryError("a=1 | grupBy(a)");
    expect(error.code).toBe(ErrorCodes.unknownFunction);
    expect(error.message).toBe('unknown function grupBy(). Did you mean "groupBy"?');
    expect(error.column).toBe(7);
    expect(error.length).toBe("grupBy".length);
  });

  it("gives no hint when nothing is close", () => {
    expect(queryError("zzzzzzzz()").message).toBe("unknown function zzzzzzzz().");
  });
});

describe("argument binding", () => {
  it("binds the unnamed argument to the default parameter", () => {
    expect(compile("count(f)").run([{ f: "1" }, {}]).events).toEqual([{ _count: "1" }]);
  });

  it("rejects an unknown named argument and lists the valid ones", () => {
    const error = queryError("count(feild=x)");
    expect(error.code).toBe(ErrorCodes.unknownArgument);
    expect(error.message).toBe('unknown argument feild for count(). Did you mean "field"? Valid arguments: field, distinct, as');
  });

  it("rejects an argument given twice", () => {
    expect(queryError("count(x, field=y)").code).toBe(ErrorCodes.duplicateArgument);
  });

  it("rejects a second unnamed argument", () => {
    expect(queryError("count(x, y)").message).toMatch(/at most one unnamed argument/);
  });

  it("rejects an unnamed argument where there is no default parameter", () => {
    expect(queryError("eval(1)").message).toMatch(/must be an assignment/);
  });

  it("rejects as= next to :=", () => {
    expect(queryError("n := count(as=m)").message).toMatch(/already set by :=/);
  });

  it("rejects =~ on a function without a field parameter", () => {
    expect(queryError("f =~ head()").message).toMatch(/has no field parameter/);
  });
});

describe("argument validation", () => {
  it("reports a missing required argument with its description", () => {
    const error = queryError("in(f)");
    expect(error.code).toBe(ErrorCodes.invalidArgument);
    expect(error.message).toMatch(/^missing required argument values/);
  });

  it("explains a bad limit in words", () => {
    const error = queryError("groupBy(a, limit=abc)");
    expect(error.message).toBe('invalid value for limit: expected a whole number from 1 to 1,000,000, or max, got "abc"');
  });

  it("explains a bad boolean", () => {
    expect(queryError("count(a, distinct=maybe)").message).toBe('invalid value for distinct: expected true or false, got "maybe"');
  });

  it("points at the argument", () => {
    const error = queryError("groupBy(a, limit=0)");
    expect(error.column).toBe(12);
  });

  it("rejects a subquery where a value is expected", () => {
    expect(queryError("count({a=1})").message).toMatch(/not a \{ \.\.\. \} subquery/);
  });
});

describe("placement", () => {
  it("rejects an aggregate under or", () => {
    expect(queryError("a=1 or count()").code).toBe(ErrorCodes.aggregateNotAllowed);
  });

  it("rejects an aggregate inside test()", () => {
    expect(queryError("test(count() > 1)").message).toMatch(/cannot be used inside an expression/);
  });

  it("rejects free text after an aggregate", () => {
    expect(queryError("groupBy(a) | foo").code).toBe(ErrorCodes.filterAfterAggregate);
  });

  it("rejects negating a function that is not negatable", () => {
    expect(queryError("!lower(a)").code).toBe(ErrorCodes.notNegatable);
  });

  it("rejects a non-aggregate in function=", () => {
    expect(queryError("groupBy(a, function=lower(b))").message).toMatch(/is not an aggregate function/);
  });

  it("rejects a named-group regex under or", () => {
    expect(queryError("a=1 or /(?<x>y)/").message).toMatch(/must be a pipeline step of its own/);
  });

  it("rejects two aggregates writing one field", () => {
    expect(queryError("groupBy(a, function=[count(), count(b)])").message).toMatch(/write the field _count/);
  });

  it("rejects a where clause that is not a filter", () => {
    expect(queryError('selfJoinFilter(a, where=[{x := "1"}])').message).toMatch(/must only filter/);
  });
});

describe("error rendering", () => {
  it("shows the file, the line and a caret", () => {
    const error = errorOf(() => compile("a=1\n| grupBy(a)", { file: "q.cql" })) as CqlQueryError;
    expect(error.format()).toBe('q.cql:2:3: unknown function grupBy(). Did you mean "groupBy"?\n| grupBy(a)\n  ^^^^^^');
  });
});

describe("zod messages", () => {
  it("describes a failed union by its first alternative", async () => {
    const { z } = await import("zod");
    const { describeIssues } = await import("../../src/analysis/arguments.js");
    const schema = z.union([z.number(), z.literal("max")]);
    const result = schema.safeParse("abc");
    expect(result.success).toBe(false);
    expect(describeIssues(result.error?.issues ?? [], "abc")).toBe('expected a number, got "abc"');
  });

  it("never passes zod's generic text through", async () => {
    const { z } = await import("zod");
    const { describeIssues } = await import("../../src/analysis/arguments.js");
    const result = z.string().regex(/^a/).safeParse("b");
    expect(describeIssues(result.error?.issues ?? [], "b")).toBe('"b" does not have the expected form');
  });
});
