/**
 * Pins the full text of the diagnostics for typical mistakes: location, message, source line and
 * caret. A change to any message shows up here as a snapshot diff to review.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { CqlPositionedError, CqlSyntaxError } from "../../src/errors/index.js";

/** Compiles `text` and returns every diagnostic as the CLI prints it. */
function diagnose(text: string): string {
  try {
    compile(text, { file: "query.cql" });
  } catch (error) {
    if (error instanceof CqlPositionedError) return error.format();
    throw error;
  }
  throw new Error(`expected the query to be rejected: ${text}`);
}

function errorCount(text: string): number {
  try {
    compile(text);
  } catch (error) {
    if (error instanceof CqlSyntaxError) return error.errors.length;
    if (error instanceof CqlPositionedError) return 1;
    throw error;
  }
  return 0;
}

describe("brackets and strings", () => {
  it("unclosed parenthesis at the end", () => {
    expect(diagnose("groupBy(x, function=count()")).toMatchInlineSnapshot(`
      "query.cql:1:28: expected \`)\` to close \`groupBy(\` opened at 1:8, but the query ends
      groupBy(x, function=count()
                                 ^"
    `);
  });

  it("unclosed parenthesis before the next step", () => {
    expect(diagnose("#type=accesslog\n| groupBy(status, function=count()\n| sort(_count)")).toMatchInlineSnapshot(`
      "query.cql:2:35: expected \`)\` to close \`groupBy(\` opened at 2:10, but found \`|\`
      | groupBy(status, function=count()
                                        ^"
    `);
  });

  it("unclosed bracket", () => {
    expect(diagnose("table([a, b)")).toMatchInlineSnapshot(`
      "query.cql:1:12: expected \`]\` to close the \`[\` opened at 1:7, but found \`)\`
      table([a, b)
                 ^"
    `);
  });

  it("unclosed brace of a subquery", () => {
    expect(diagnose("groupBy(x, function={ count()")).toMatchInlineSnapshot(`
      "query.cql:1:30: expected \`}\` to close the \`{\` opened at 1:21, but the query ends
      groupBy(x, function={ count()
                                   ^"
    `);
  });

  it("unclosed case", () => {
    expect(diagnose("case { a=1 | x := 1 ; * ")).toMatchInlineSnapshot(`
      "query.cql:1:24: expected \`}\` to close \`case {\` opened at 1:6, but the query ends
      case { a=1 | x := 1 ; * 
                             ^"
    `);
  });

  it("bracket closed by the wrong kind", () => {
    expect(diagnose("groupBy(x, function=[count(), max(y])")).toMatchInlineSnapshot(`
      "query.cql:1:36: expected \`)\` to close \`max(\` opened at 1:34, but found \`]\`
      groupBy(x, function=[count(), max(y])
                                         ^"
    `);
  });

  it("stray closing parenthesis", () => {
    expect(diagnose("rename(field=a, as=b)) | x=1")).toMatchInlineSnapshot(`
      "query.cql:1:22: unexpected \`)\`: there is no open \`(\` for it to close
      rename(field=a, as=b)) | x=1
                           ^"
    `);
  });

  it("unclosed string", () => {
    expect(diagnose('user="Alan Turing')).toMatchInlineSnapshot(`
      "query.cql:1:6: unterminated string: add the closing \`"\`
      user="Alan Turing
           ^"
    `);
  });

  it("single-quoted string", () => {
    expect(diagnose("user='Alan Turing'")).toMatchInlineSnapshot(`
      "query.cql:1:6: CQL has no single-quoted strings: write "Alan Turing" with double quotes
      user='Alan Turing'
           ^^^^^^^^^^^^^"
    `);
  });

  it("unclosed regex", () => {
    expect(diagnose("url=/login\\.php")).toMatchInlineSnapshot(`
      "query.cql:1:5: unterminated regex: add the closing \`/\` on the same line
      url=/login\\.php
          ^^^^^^^^^^^"
    `);
  });

  it("unclosed comment", () => {
    expect(diagnose("a=1 /* keep only a")).toMatchInlineSnapshot(`
      "query.cql:1:5: unterminated comment: \`/*\` has no closing \`*/\`
      a=1 /* keep only a
          ^^"
    `);
  });
});

describe("pipeline structure", () => {
  it("missing pipe between steps", () => {
    expect(diagnose("x := 1 y := 2")).toMatchInlineSnapshot(`
      "query.cql:1:8: expected \`|\` before \`y\`: each new pipeline step starts with \`|\`
      x := 1 y := 2
             ^"
    `);
  });

  it("semicolon between steps", () => {
    expect(diagnose("a=1 ; b=2")).toMatchInlineSnapshot(`
      "query.cql:1:5: unexpected \`;\`: pipeline steps are separated by \`|\`; \`;\` only separates the branches of case { } and match { }
      a=1 ; b=2
          ^"
    `);
  });

  it("empty pipeline step", () => {
    expect(diagnose("a=1 | | b=2")).toMatchInlineSnapshot(`
      "query.cql:1:7: empty pipeline step between two \`|\`: remove one of them
      a=1 | | b=2
            ^"
    `);
  });

  it("double pipe as or", () => {
    expect(diagnose("a=1 || b=2")).toMatchInlineSnapshot(`
      "query.cql:1:5: \`||\` is not a CQL operator: join filters with \`or\`, and start a new pipeline step with a single \`|\`
      a=1 || b=2
          ^^"
    `);
  });

  it("double ampersand inside test()", () => {
    expect(diagnose("test(a == 1 && b == 2)")).toMatchInlineSnapshot(`
      "query.cql:1:13: \`&&\` is not a CQL operator: join filters with \`and\` (or a space); an expression such as test() has no logical operators, so use one test() per condition
      test(a == 1 && b == 2)
                  ^^"
    `);
  });

  it("missing semicolon between case branches", () => {
    expect(diagnose("case { x=1 | y := 2\n  z=2 | y := 3 }")).toMatchInlineSnapshot(`
      "query.cql:1:20: missing \`;\` before \`z\`: separate the branches of \`case {\` opened at 1:6 with \`;\`
      case { x=1 | y := 2
                         ^"
    `);
  });

  it("match without a field", () => {
    expect(diagnose("match { 1 => * }")).toMatchInlineSnapshot(`
      "query.cql:1:1: \`match\` needs the field to test before it, as in \`status match { 200 => ... }\`
      match { 1 => * }
      ^^^^^"
    `);
  });

  it("match arm without an arrow", () => {
    expect(diagnose("f match { a b := 1 }")).toMatchInlineSnapshot(`
      "query.cql:1:13: expected \`=>\` after the match guard, but found \`b\`
      f match { a b := 1 }
                  ^"
    `);
  });

  it("filter keyword at the end", () => {
    expect(diagnose("a=1 not")).toMatchInlineSnapshot(`
      "query.cql:1:8: expected a filter after \`not\`, but the query ends
      a=1 not
             ^"
    `);
  });

  it("two or in a row", () => {
    expect(diagnose("a or or b")).toMatchInlineSnapshot(`
      "query.cql:1:6: expected a filter after \`or\`, but found \`or\`
      a or or b
           ^^"
    `);
  });
});

describe("filters and field names", () => {
  it("unquoted field name with a dash", () => {
    expect(diagnose("host-name=*")).toMatchInlineSnapshot(`
      "query.cql:1:1: \`-\` cannot appear in an unquoted field name: write "host-name" in double quotes
      host-name=*
      ^^^^^^^^^"
    `);
  });

  it("url pattern ending in two slashes", () => {
    expect(diagnose("https://")).toMatchInlineSnapshot(`
      "query.cql:1:1: an unquoted pattern cannot end with \`//\`: put \`https://\` in double quotes
      https://
      ^^^^^^^^"
    `);
  });

  it("unknown flag after a regex", () => {
    expect(diagnose("f=/x/q")).toMatchInlineSnapshot(`
      "query.cql:1:6: unknown regex flag \`q\`: LogScale accepts i (ignore case), m (multi-line), d (dot matches newline), g (repeat) and F (engine v2)
      f=/x/q
           ^"
    `);
  });

  it("non-number after an ordering comparison", () => {
    expect(diagnose("status > abc")).toMatchInlineSnapshot(`
      "query.cql:1:10: the right side of \`<\`, \`<=\`, \`>\` and \`>=\` must be a number; to compare two fields use test(a < b)
      status > abc
               ^^^"
    `);
  });

  it("double equals in a filter", () => {
    expect(diagnose("status == 200")).toMatchInlineSnapshot(`
      "query.cql:1:8: \`==\` only compares values inside expressions such as test(a == b); a filter compares a field with \`=\`
      status == 200
             ^^"
    `);
  });

  it("sql-style in list", () => {
    expect(diagnose("f in (a, b)")).toMatchInlineSnapshot(`
      "query.cql:1:6: \`f in (...)\` is SQL, not CQL: write in(field=f, values=[...]) to test a field against a list
      f in (a, b)
           ^"
    `);
  });

  it("dollar sign in an unquoted value", () => {
    expect(diagnose("replace(regex=^apples$, with=oranges)")).toMatchInlineSnapshot(`
      "query.cql:1:22: \`$\` cannot appear in an unquoted value: write "^apples$" in double quotes
      replace(regex=^apples$, with=oranges)
                           ^"
    `);
  });

  it("parameter without a name", () => {
    expect(diagnose("a=?")).toMatchInlineSnapshot(`
      "query.cql:1:3: a query parameter needs a name after \`?\`, as in \`?host\`
      a=?
        ^"
    `);
  });

  it("free text after an aggregate", () => {
    expect(diagnose("count(x) | foo")).toMatchInlineSnapshot(`
      "query.cql:1:12: free-text search is only allowed before the first aggregate function; compare a field instead, e.g. @rawstring=*text*
      count(x) | foo
                 ^^^"
    `);
  });
});

describe("expressions", () => {
  it("regex literal after :=", () => {
    expect(diagnose("a:=/re/")).toMatchInlineSnapshot(`
      "query.cql:1:4: a regex literal cannot stand in an expression: filter with \`field = /regex/\` or call regex(), and use test() to compare values
      a:=/re/
         ^"
    `);
  });

  it("regex literal in a comparison", () => {
    expect(diagnose("a:=foo==/fisk/i")).toMatchInlineSnapshot(`
      "query.cql:1:9: a regex literal cannot stand in an expression: filter with \`field = /regex/\` or call regex(), and use test() to compare values
      a:=foo==/fisk/i
              ^"
    `);
  });

  it("expression cut short", () => {
    expect(diagnose("x := a +")).toMatchInlineSnapshot(`
      "query.cql:1:9: expected an expression after \`+\`, but the query ends
      x := a +
              ^"
    `);
  });

  it("assignment without a target", () => {
    expect(diagnose("a=1 | := 5")).toMatchInlineSnapshot(`
      "query.cql:1:7: \`:=\` needs the name of the field to assign on its left, as in \`total := a + b\`
      a=1 | := 5
            ^^"
    `);
  });

  it("aggregate inside test()", () => {
    expect(diagnose("test(count(x) > 1)")).toMatchInlineSnapshot(`
      "query.cql:1:6: the aggregate function count() cannot be used inside an expression; run it as a pipeline step and use its output field
      test(count(x) > 1)
           ^^^^^"
    `);
  });
});

describe("function calls", () => {
  it("missing comma between arguments", () => {
    expect(diagnose("sort(x, order=desc limit=5)")).toMatchInlineSnapshot(`
      "query.cql:1:20: missing \`,\` before \`limit\`: separate the arguments of \`sort(\` with commas
      sort(x, order=desc limit=5)
                         ^^^^^"
    `);
  });

  it("trailing comma", () => {
    expect(diagnose("count(as=x,)")).toMatchInlineSnapshot(`
      "query.cql:1:12: expected an argument after \`,\`, but found \`)\`: remove the trailing comma
      count(as=x,)
                 ^"
    `);
  });

  it("two commas", () => {
    expect(diagnose("groupBy(x,, y)")).toMatchInlineSnapshot(`
      "query.cql:1:11: expected an argument after \`,\`, but found \`,\`
      groupBy(x,, y)
                ^"
    `);
  });

  it("named argument given twice", () => {
    expect(diagnose("groupBy(x, limit=1, limit=2)")).toMatchInlineSnapshot(`
      "query.cql:1:21: argument limit is given twice in groupBy(); remove one of them
      groupBy(x, limit=1, limit=2)
                          ^^^^^^^"
    `);
  });

  it("unknown argument lists the valid ones", () => {
    expect(diagnose("sort(_count, limt=10)")).toMatchInlineSnapshot(`
      "query.cql:1:14: unknown argument limt for sort(). Did you mean "limit"? Valid arguments: field, order, reverse, type, limit
      sort(_count, limt=10)
                   ^^^^"
    `);
  });

  it("unknown function suggests a close name", () => {
    expect(diagnose("grupBy(x)")).toMatchInlineSnapshot(`
      "query.cql:1:1: unknown function grupBy(). Did you mean "groupBy"?
      grupBy(x)
      ^^^^^^"
    `);
  });

  it("division inside a non-expression argument", () => {
    expect(diagnose("round((a / b) * 100)")).toMatchInlineSnapshot(`
      "query.cql:1:10: unterminated regex: add the closing \`/\` on the same line; if you meant division, compute it in an expression first, e.g. \`ratio := a / b\`, because arguments of this function are not expressions
      round((a / b) * 100)
               ^^^^^^^^^^^"
    `);
  });

  it("regex after =~", () => {
    expect(diagnose("CompositeId =~ /x:(?<aid>\\S+)/")).toMatchInlineSnapshot(`
      "query.cql:1:16: \`=~\` takes a function call, not a regex: write \`CompositeId = /x:(?<aid>\\S+)/\` to match the field against the regex
      CompositeId =~ /x:(?<aid>\\S+)/
                     ^^^^^^^^^^^^^^^"
    `);
  });

  it("word after =~", () => {
    expect(diagnose("a =~ b")).toMatchInlineSnapshot(`
      "query.cql:1:6: expected a function call after \`=~\`, as in \`a =~ in(values=[...])\`, but found \`b\`
      a =~ b
           ^"
    `);
  });

  it("saved search without a name", () => {
    expect(diagnose("a=1 | $()")).toMatchInlineSnapshot(`
      "query.cql:1:7: a saved search call needs a name after \`$\`: call a saved search as $name() or $"Saved Search Name"()
      a=1 | $()
            ^"
    `);
  });

  it("repeat flag in regex()", () => {
    expect(diagnose('regex("x", flags="g")')).toMatchInlineSnapshot(`
      "query.cql:1:7: invalid regex flag "g": valid flags are i, m, d, F here (regex() takes repeat=true in place of g)
      regex("x", flags="g")
            ^^^"
    `);
  });
});

describe("several mistakes in one query", () => {
  const query = "host-name=*\n| groupBy(x, function=count()\n| f=/x/q";

  it("reports each step's mistake", () => {
    expect(diagnose(query)).toMatchInlineSnapshot(`
      "query.cql:1:1: \`-\` cannot appear in an unquoted field name: write "host-name" in double quotes
      host-name=*
      ^^^^^^^^^
      query.cql:2:30: expected \`)\` to close \`groupBy(\` opened at 2:10, but found \`|\`
      | groupBy(x, function=count()
                                   ^
      query.cql:3:8: unknown regex flag \`q\`: LogScale accepts i (ignore case), m (multi-line), d (dot matches newline), g (repeat) and F (engine v2)
      | f=/x/q
             ^"
    `);
  });

  it("counts three errors", () => {
    expect(errorCount(query)).toBe(3);
  });

  it("one mistake gives one error", () => {
    expect(errorCount("a:=/re/ | b := 1")).toBe(1);
  });
});

describe("limits", () => {
  it("deep nesting is an error", () => {
    const query = "x := " + "(".repeat(100) + "a" + ")".repeat(100);
    expect(diagnose(query).split("\n")[0]).toMatchInlineSnapshot(`"query.cql:1:70: brackets are nested more than 64 levels deep here: split the query into simpler steps"`);
  });

  it("long prefix operator chain is an error", () => {
    expect(diagnose("x := " + "-".repeat(100) + "a").split("\n")[0]).toMatchInlineSnapshot(`"query.cql:1:70: more than 64 prefix operators in a row here: remove the redundant ones"`);
  });

  it("stops after a hundred problems", () => {
    const query = Array.from({ length: 150 }, (_, i) => `f${i}=/x/q`).join("\n| ");
    const lines = diagnose(query).split("\n");
    const headers = lines.filter((line) => line.startsWith("query.cql:"));
    expect(headers).toHaveLength(101);
    expect(headers[100]).toMatchInlineSnapshot(`"query.cql:101:11: too many problems: 50 more from here on are not shown; fix the ones above first"`);
  });
});
