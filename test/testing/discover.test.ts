import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRuleFiles } from "../../src/testing/discover.js";
import { tempFiles } from "./helpers.js";

describe("findRuleFiles", () => {
  it("finds YAML files with a cql key", async () => {
    const directory = await tempFiles({
      "b/rule.yml": "name: b\ncql: '*'\n",
      "a/rule.yaml": "name: a\ncql: '*'\n",
      "a/other.yaml": "name: not a rule\nquery: x\n",
      "a/nested.yaml": "rule:\n  cql: '*'\n",
      "a/broken.yaml": "cql: [\n",
      "node_modules/pkg/rule.yaml": "name: dep\ncql: '*'\n",
      ".hidden/rule.yaml": "name: hidden\ncql: '*'\n",
      "notes.txt": "cql: '*'\n",
    });

    const found = await findRuleFiles([directory]);
    expect(found.files.map((file) => file.slice(directory.length + 1))).toEqual(["a/broken.yaml", "a/rule.yaml", "b/rule.yml"]);
    expect(found.missing).toEqual([]);
  });

  it("takes a named file as it is", async () => {
    const directory = await tempFiles({ "rule.txt": "name: t\ncql: '*'\n" });
    expect((await findRuleFiles([join(directory, "rule.txt")])).files).toEqual([join(directory, "rule.txt")]);
  });

  it("reports missing paths", async () => {
    expect(await findRuleFiles(["/nonexistent/rules"])).toEqual({ files: [], missing: ["/nonexistent/rules"] });
  });
});
