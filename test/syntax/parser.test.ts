import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parser.js";
import { CqlSyntaxError } from "../../src/errors/index.js";
import type { Expr, FilterNode, Step } from "../../src/syntax/ast.js";

/** Renders filters and expressions compactly so a test can state the expected tree in one line. */
function show(node: Step | Expr | FilterNode): string {
  switch (node.kind) {
    case "And":
      return `and(${node.operands.map(show).join(", ")})`;
    case "Or":
      return `or(${node.operands.map(show).join(", ")})`;
    case "Not":
      return `not(${show(node.operand)})`;
    case "FieldTest":
      return `${node.field.name}${node.op}${node.value.kind === "Regex" ? `/${node.value.source}/${node.value.flags}` : node.value.kind === "Param" ? `?${node.value.name}` : node.value.text}`;
    case "FreeText":
      return `text(${node.value.kind === "Pattern" ? node.value.text : node.value.kind === "Regex" ? `/${node.value.source}/` : `?${node.value.name}`})`;
    case "Binary":
      return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case "Unary":
      return `${node.op}${show(node.operand)}`;
    case "Bare":
      return node.text;
    case "String":
      return JSON.stringify(node.value);
    case "Call":
      return `${node.saved ? "$" : ""}${node.name}(${node.args.map((a) => (a.name ? `${a.name}=` : "") + show(a.value)).join(", ")})`;
    case "Array":
      return `[${node.elements.map(show).join(", ")}]`;
    case "Assign":
      return `${node.target.name} := ${show(node.value)}`;
    case "AssignExpr":
      return `${node.target.name} := ${show(node.value)}`;
    case "Subquery":
      return `{${node.pipeline.steps.map(show).join(" | ")}}`;
    default:
      return node.kind;
  }
}

function steps(text: string): string[] {
  return parse(text).pipeline.steps.map(show);
}

describe("filter precedence", () => {
  it("or binds tighter than implicit and", () => {
    expect(steps("a=1 b=2 or c=3")).toEqual(["and(a=1, or(b=2, c=3))"]);
  });

  it("or binds tighter than explicit and", () => {
    expect(steps("foo and not bar or baz")).toEqual(["and(text(foo), or(not(text(bar)), text(baz)))"]);
  });

  it("or before and in the documented order", () => {
    expect(steps("foo or not bar and baz")).toEqual(["and(or(text(foo), not(text(bar))), text(baz))"]);
  });

  it("not applies to the next filter only", () => {
    expect(steps("not foo bar")).toEqual(["and(not(text(foo)), text(bar))"]);
  });

  it("keywords in upper case", () => {
    expect(steps("a=1 AND b=2 OR NOT c=3")).toEqual(["and(a=1, or(b=2, not(c=3)))"]);
  });

  it("parentheses group", () => {
    expect(steps("(a=1 b=2) or c=3")).toEqual(["or(and(a=1, b=2), c=3)"]);
  });
});

describe("patterns and regexes", () => {
  it("slash inside a value is literal text", () => {
    expect(steps("foo=m/fisk/i")).toEqual(["foo=m/fisk/i"]);
  });

  it("url-like free text is one pattern", () => {
    expect(steps("https://www.example.com/")).toEqual(["text(https://www.example.com/)"]);
  });

  it("regex literal with flags after equals", () => {
    expect(steps("#event_simpleName=/^(A|B)$/i")).toEqual(["#event_simpleName=/^(A|B)$/i"]);
  });

  it("escaped slash inside a regex", () => {
    expect(steps("path=/a\\/b/")).toEqual(["path=/a/b/"]);
  });

  it("comment after whitespace", () => {
    expect(steps("a=1 // trailing\n| b=2 /* block */ c=3")).toEqual(["a=1", "and(b=2, c=3)"]);
  });

  it("comparison takes a number", () => {
    expect(steps("x >= 10")).toEqual(["x>=10"]);
  });
});

describe("assignments and expressions", () => {
  it("arithmetic precedence", () => {
    expect(steps("x := a + b * 2 - c / d")).toEqual(["x := ((a + (b * 2)) - (c / d))"]);
  });

  it("expression ends at the pipe", () => {
    expect(steps("x := a | y := b")).toEqual(["x := a", "y := b"]);
  });

  it("test() argument is an expression", () => {
    expect(steps("test(uniquePortCount>25)")).toEqual(["test((uniquePortCount > 25))"]);
  });

  it("minus in an expression is an operator", () => {
    expect(steps("test(a-b > 0)")).toEqual(["test(((a - b) > 0))"]);
  });

  it("value arguments keep glued patterns", () => {
    expect(steps("in(f, values=[*.exe, a-b], ignoreCase=true)")).toEqual(["in(f, values=[*.exe, a-b], ignoreCase=true)"]);
  });

  it("function call on the right of :=", () => {
    expect(steps("n := count(x, distinct=true)")).toEqual(["n := count(x, distinct=true)"]);
  });

  it("stats shorthand with named aggregates", () => {
    expect(steps("[lo := min(t), max(t)]")).toEqual(["StatsArray"]);
  });
});

describe("the seed query", () => {
  const seed = `#event_simpleName=/^(NetworkConnectIP4|ProcessRollup2)$/
| falconPID:=TargetProcessId | falconPID:=ContextProcessId
| UserID:=UserSid | UserID:=UID
| selfJoinFilter(field=[aid, falconPID], where=[{#event_simpleName=NetworkConnectIP4}, {#event_simpleName=ProcessRollup2}])
| groupBy([aid, ComputerName, falconPID], function=([collect([FileName, CommandLine, UserName, UserID]), count(RemotePort, as=uniquePortCount), collect([RemotePort], separator=", ", limit=25), count(RemoteAddressIP4, distinct=true, as=remoteIPcount)]), limit=max)
| FileName=* RemotePort=*
| test(uniquePortCount>25)`;

  it("parses into eight steps", () => {
    expect(steps(seed)).toEqual([
      "#event_simpleName=/^(NetworkConnectIP4|ProcessRollup2)$/",
      "falconPID := TargetProcessId",
      "falconPID := ContextProcessId",
      "UserID := UserSid",
      "UserID := UID",
      "selfJoinFilter(field=[aid, falconPID], where=[{#event_simpleName=NetworkConnectIP4}, {#event_simpleName=ProcessRollup2}])",
      'groupBy([aid, ComputerName, falconPID], function=[collect([FileName, CommandLine, UserName, UserID]), count(RemotePort, as=uniquePortCount), collect([RemotePort], separator=", ", limit=25), count(RemoteAddressIP4, distinct=true, as=remoteIPcount)], limit=max)',
      "and(FileName=*, RemotePort=*)",
      "test((uniquePortCount > 25))",
    ]);
  });

  it("records positions", () => {
    const groupBy = parse(seed).pipeline.steps[6]!;
    expect(groupBy.span.line).toBe(5);
    expect(groupBy.span.column).toBe(3);
  });
});

describe("case and match", () => {
  it("case branches with a trailing default", () => {
    const [step] = parse('case { a=1 | t := "x" ; * }').pipeline.steps;
    expect(step!.kind).toBe("Case");
    if (step!.kind === "Case") expect(step.branches.map((b) => b.steps.map(show).join(" | "))).toEqual(['a=1 | t := "x"', "text(*)"]);
  });

  it("match guards of every form", () => {
    const [step] = parse('f match { "a" => * ; /r/i => x := 1 ; in(values=[1]) => * ; * => * ; }').pipeline.steps;
    expect(step!.kind).toBe("Match");
    if (step!.kind === "Match") expect(step.arms.map((arm) => arm.guard.kind)).toEqual(["Pattern", "Regex", "Call", "AnyGuard"]);
  });
});

describe("syntax errors", () => {
  function error(text: string): CqlSyntaxError {
    try {
      parse(text);
    } catch (caught) {
      if (caught instanceof CqlSyntaxError) return caught;
      throw caught;
    }
    throw new Error(`expected a syntax error for ${text}`);
  }

  it("unclosed call names the opener", () => {
    const e = error("groupBy(x, function=count()");
    expect(e.message).toBe("expected `)` to close `groupBy(` opened at 1:8, but the query ends");
    expect(e.column).toBe(28);
  });

  it("regex in an expression", () => {
    const e = error("a:=/fisk/i");
    expect(e.message).toContain("regex literal cannot stand in an expression");
    expect(e.column).toBe(4);
  });

  it("dash in an unquoted field name", () => {
    const e = error("host-name=*");
    expect(e.message).toContain('write "host-name" in double quotes');
  });

  it("pattern ending in two slashes", () => {
    expect(error("https://").message).toContain("cannot end with `//`");
  });

  it("unknown regex flag", () => {
    const e = error("f=/x/q");
    expect(e.message).toContain("unknown regex flag `q`");
    expect(e.column).toBe(6);
  });

  it("right side of a comparison must be a number", () => {
    expect(error("status > abc").message).toContain("must be a number");
  });

  it("unterminated string", () => {
    expect(error('a="abc').message).toContain("unterminated string");
  });

  it("format shows the caret line", () => {
    expect(error("a=1 | groupBy(x").format()).toBe(
      "1:16: expected `)` to close `groupBy(` opened at 1:14, but the query ends\na=1 | groupBy(x\n               ^",
    );
  });
});

describe("forms found in public queries", () => {
  it("correlate() named queries with include and links", () => {
    const query = parse(`correlate(
  login: { #event_simpleName=UserLogon } include: [aid, UserName],
  proc: { #event_simpleName=ProcessRollup2 | aid <=> login.aid } include: [CommandLine],
  sequence=true, within=5m)`);
    const [step] = query.pipeline.steps;
    if (step?.kind !== "Call") throw new Error(`expected a call, got ${step?.kind}`);
    const [login, proc, sequence] = step.args;
    expect(login?.value.kind).toBe("NamedQuery");
    if (login?.value.kind === "NamedQuery") {
      expect(login.value.name).toBe("login");
      expect(login.value.options.map((option) => `${option.name}=${show(option.value)}`)).toEqual(["include=[aid, UserName]"]);
    }
    if (proc?.value.kind !== "NamedQuery") throw new Error("expected a named query");
    const link = proc.value.pipeline.steps[1];
    expect(link?.kind).toBe("Link");
    if (link?.kind === "Link") expect([link.field.name, link.other.name]).toEqual(["aid", "login.aid"]);
    expect(sequence?.name).toBe("sequence");
  });

  it("negated call after =~", () => {
    expect(steps('action =~ !in(values=["Rej", "Hld"])')).toEqual(['not(in(values=["Rej", "Hld"], field=action))']);
  });

  it("trailing pipe", () => {
    expect(steps("a=1 | b=2 |")).toEqual(["a=1", "b=2"]);
  });

  it("parameter names with dashes", () => {
    expect(steps("type=?msg-level")).toEqual(["type=?msg-level"]);
  });

  it("slash inside a regex character class", () => {
    expect(steps("f=/[^\\\\/|]*$/")).toEqual(["f=/[^\\\\/|]*$/"]);
  });

  it("value before a parenthesis is not a call", () => {
    expect(steps("#category=Request(uri=a or uri=b)")).toEqual(["and(#category=Request, or(uri=a, uri=b))"]);
  });

  it("empty case", () => {
    const [step] = parse("case { }").pipeline.steps;
    expect(step?.kind).toBe("Case");
    if (step?.kind === "Case") expect(step.branches).toEqual([]);
  });

  it("saved search calls in three spellings", () => {
    expect(steps('$"pkg/x:name"() | $pkg/x:name() | $helper(field=a)')).toEqual(["$pkg/x:name()", "$pkg/x:name()", "$helper(field=a)"]);
  });

  it("parameters with defaults", () => {
    const [step] = parse('signal = ?{signal="*"}').pipeline.steps;
    if (step?.kind !== "FieldTest" || step.value.kind !== "Param") throw new Error("expected a parameter test");
    expect([step.value.name, step.value.defaultValue]).toEqual(["signal", "*"]);
  });

  it("array syntax and backtick members", () => {
    expect(steps("array:contains(array=\"a[]\", value=x) | f[0]=1 | user.`e-mail`[1]=*")).toEqual([
      'array:contains(array="a[]", value=x)',
      "f[0]=1",
      "user.`e-mail`[1]=*",
    ]);
  });

  it("keywords in any case", () => {
    expect(steps("a=1 And b=2 OR Not c=3")).toEqual(["and(a=1, or(b=2, not(c=3)))"]);
  });

  it("namespaced call inside an expression", () => {
    expect(steps("x := text:contains(string=a, substring=\"b\")")).toEqual(['x := text:contains(string=a, substring="b")']);
  });
});
