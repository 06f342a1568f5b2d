import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CqlSyntaxError } from "../../src/errors/index.js";
import { formatWarning, lintQuery } from "../../src/lint/lint.js";

/** Warnings of a query as `rule line:column`. */
function found(query: string): string[] {
  return lintQuery(query).warnings.map((warning) => `${warning.rule} ${warning.line}:${warning.column}`);
}

function messages(query: string): string[] {
  return lintQuery(query).warnings.map((warning) => warning.message);
}

interface Case {
  name: string;
  query: string;
  warnings: string[];
}

const cases: Case[] = [
  // count-not-distinct
  { name: "count as unique without distinct", query: "groupBy(aid, function=count(RemotePort, as=uniquePorts))", warnings: ["count-not-distinct 1:23"] },
  { name: "count assigned to a distinct name", query: "distinctHosts := count(ComputerName)", warnings: ["count-not-distinct 1:18"] },
  { name: "count in stats array", query: "[uniqueUsers := count(UserName)]", warnings: ["count-not-distinct 1:17"] },
  { name: "count with distinct=true", query: "count(RemotePort, distinct=true, as=uniquePorts)", warnings: [] },
  { name: "count with a plain name", query: "count(RemotePort, as=connections)", warnings: [] },

  // or-and-precedence
  { name: "or under explicit and", query: "a=1 and b=2 or c=3", warnings: ["or-and-precedence 1:9"] },
  { name: "or under implicit and", query: "a=1 b=2 or c=3", warnings: ["or-and-precedence 1:5"] },
  { name: "or in parentheses", query: "a=1 and (b=2 or c=3)", warnings: [] },
  { name: "parentheses around the whole filter", query: "(a=1 and b=2 or c=3)", warnings: ["or-and-precedence 1:10"] },
  { name: "or alone", query: "a=1 or b=2", warnings: [] },

  // field-equals-field
  { name: "comparison with a field of the query", query: "ParentProcessId=TargetProcessId | groupBy(TargetProcessId)", warnings: ["field-equals-field 1:1"] },
  { name: "field compared with itself", query: "a!=a", warnings: ["field-equals-field 1:1"] },
  { name: "quoted value is text", query: 'ParentProcessId="TargetProcessId" | groupBy(TargetProcessId)', warnings: [] },
  { name: "value the query writes later", query: "platform=Mac | Mac := 1 | test(Mac > 0)", warnings: [] },
  { name: "tag value equal to a field name", query: "#event_simpleName=CommandHistory | groupBy(CommandHistory)", warnings: [] },

  // missing-count
  { name: "_count after groupBy with function", query: "groupBy(host, function=collect(user)) | sort(_count)", warnings: ["missing-count 1:46"] },
  { name: "_count filter after groupBy with function", query: "groupBy(host, function=[collect(user)]) | _count > 5", warnings: ["missing-count 1:43"] },
  { name: "_count after plain groupBy", query: "groupBy(host) | _count > 5", warnings: [] },
  { name: "_count when the list counts", query: "groupBy(host, function=[collect(user), count()]) | _count > 5", warnings: [] },
  { name: "drop of _count", query: "groupBy(host, function=collect(user)) | drop(_count)", warnings: [] },

  // free-text-after-aggregate
  { name: "free text after groupBy", query: "groupBy(host) | error", warnings: ["free-text-after-aggregate 1:17"] },
  { name: "free regex in case after groupBy", query: "groupBy(host) | case { /x/ ; * }", warnings: ["free-text-after-aggregate 1:24"] },
  { name: "free text before groupBy", query: "error | groupBy(host)", warnings: [] },
  { name: "lone star after groupBy", query: "groupBy(host) | *", warnings: [] },

  // unanchored-tag-regex
  { name: "tag regex without anchors", query: "#event_simpleName=/ProcessRollup2/", warnings: ["unanchored-tag-regex 1:1"] },
  { name: "tag regex with one anchor", query: "#event_simpleName=/^ProcessRollup2/", warnings: ["unanchored-tag-regex 1:1"] },
  { name: "tag regex alternation outside group", query: "#event_simpleName=/^A|B$/", warnings: ["unanchored-tag-regex 1:1"] },
  { name: "tag regex anchored alternation", query: "#event_simpleName=/^(A|B)$/", warnings: [] },
  { name: "tag regex ending in escaped dollar", query: "#type=/^a\\$/", warnings: ["unanchored-tag-regex 1:1"] },
  { name: "regex() on a tag", query: 'regex("Rollup", field=#event_simpleName)', warnings: ["unanchored-tag-regex 1:1"] },
  { name: "regex on an ordinary field", query: "ImageFileName=/rundll32\\.exe/i", warnings: [] },

  // unset-field
  { name: "test of a misspelt output", query: "groupBy(host, function=count(as=hits)) | test(Hits > 5)", warnings: ["unset-field 1:47"] },
  { name: "filter of a field not collected", query: "groupBy(host) | user=root", warnings: ["unset-field 1:17"] },
  { name: "test of an output", query: "groupBy(host, function=count(as=hits)) | test(hits > 5)", warnings: [] },
  { name: "test before any aggregate", query: "test(anything > 5)", warnings: [] },
  { name: "test of an assigned field", query: "groupBy(host) | x := _count * 2 | test(x > 5)", warnings: [] },
  { name: "after a function with unknown outputs", query: "groupBy(host) | match(file=hosts.csv, field=host) | test(owner > 1)", warnings: [] },
];

describe("lint rules", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(found(testCase.query)).toEqual(testCase.warnings);
    });
  }
});

describe("lint messages", () => {
  it("count message names the field and the fix", () => {
    expect(messages("count(RemotePort, as=uniquePortCount)")).toEqual([
      'count(RemotePort, as=uniquePortCount) counts every event that has RemotePort, not its distinct values, but the output name "uniquePortCount" suggests distinct values; add distinct=true to count distinct values, or rename the output (see https://library.humio.com/data-analysis/functions-count.html)',
    ]);
  });

  it("precedence message shows the grouping", () => {
    expect(messages("a=1 and b=2 or c=3")[0]).toMatch(/^`a=1 and b=2 or c=3` reads as `\.\.\. and \(b=2 or c=3\)`, because or binds tighter than and/);
  });

  it("field comparison message gives test()", () => {
    expect(messages("a!=a")[0]).toContain("write test(a != a)");
  });

  it("unset field message lists the fields and a guess", () => {
    expect(messages("groupBy(host, function=count(as=hits)) | test(Hits > 5)")[0]).toMatch(
      /^test\(\) reads Hits, but no earlier stage sets it: after groupBy\(\) at line 1 events hold only host, hits\. Did you mean hits\?/,
    );
  });

  it("every message links a docs page", () => {
    for (const testCase of cases) {
      for (const warning of lintQuery(testCase.query).warnings) {
        expect(warning.message).toMatch(/\(see https:\/\/library\.humio\.com\/data-analysis\/[a-z-]+\.html\)$/);
      }
    }
  });
});

describe("lint suppression", () => {
  it("comment on the line silences all rules", () => {
    const result = lintQuery("count(p, as=uniqueP) // cql-lint-ignore");
    expect(result.warnings).toEqual([]);
    expect(result.suppressed).toBe(1);
  });

  it("comment names the silenced rule", () => {
    expect(found("count(p, as=uniqueP) // cql-lint-ignore or-and-precedence")).toEqual(["count-not-distinct 1:1"]);
    expect(found("count(p, as=uniqueP) // cql-lint-ignore count-not-distinct")).toEqual([]);
  });

  it("next-line comment silences the next line only", () => {
    const query = "// cql-lint-ignore-next-line\n#type=/a/\n| #type=/b/";
    expect(found(query)).toEqual(["unanchored-tag-regex 3:3"]);
  });

  it("block comment works", () => {
    expect(found("#type=/a/ /* cql-lint-ignore unanchored-tag-regex */")).toEqual([]);
  });

  it("directive inside a string is not a comment", () => {
    expect(found('#type=/a/ | x := "// cql-lint-ignore"')).toEqual(["unanchored-tag-regex 1:1"]);
  });
});

describe("lintQuery", () => {
  it("throws a syntax error for a query that does not parse", () => {
    expect(() => lintQuery("groupBy(")).toThrow(CqlSyntaxError);
  });

  it("lints calls of functions it does not implement", () => {
    expect(found("someFutureFunction(x) | count(p, as=distinctP)")).toEqual(["count-not-distinct 1:25"]);
  });

  it("warns about the example rule's uniquePortCount", () => {
    const query = readFileSync(fileURLToPath(new URL("../../examples/high-port-count/query.cql", import.meta.url)), "utf8");
    const warnings = lintQuery(query).warnings;
    expect(warnings.map((warning) => `${warning.rule} ${warning.line}:${warning.column}`)).toEqual(["count-not-distinct 5:106"]);
    expect(warnings[0]?.message).toContain('"uniquePortCount"');
  });
});

describe("formatWarning", () => {
  it("shows the line and a caret under the text", () => {
    const source = "#type=x\n| count(p, as=uniqueP)";
    const [warning] = lintQuery(source).warnings;
    const lines = formatWarning(warning!, source, "q.cql").split("\n");
    expect(lines[0]).toMatch(/^q\.cql:2:3: warning: count\(p, as=uniqueP\) counts .* \[count-not-distinct\]$/);
    expect(lines[1]).toBe("| count(p, as=uniqueP)");
    expect(lines[2]).toBe(`  ${"^".repeat("count(p, as=uniqueP)".length)}`);
  });
});
