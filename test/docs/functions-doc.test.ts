import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FUNCTIONS_DOC_PATH, renderFunctionReference } from "../../scripts/generate-docs.js";
import { builtinFunctions } from "../../src/functions/builtins.js";

describe("docs/functions.md", () => {
  it("matches the registry", () => {
    // When this fails, a function definition changed: run `npm run docs` and commit the result.
    const committed = readFileSync(FUNCTIONS_DOC_PATH, "utf8");
    expect(committed).toBe(renderFunctionReference(builtinFunctions));
  });

  it("lists every function once", () => {
    const reference = renderFunctionReference(builtinFunctions);
    for (const definition of builtinFunctions) {
      expect(reference.split("\n").filter((line) => line === `## ${definition.name}`), definition.name).toHaveLength(1);
    }
  });

  it("marks required, optional and default parameters", () => {
    const reference = renderFunctionReference(builtinFunctions);
    // format(): format is the unnamed required parameter, as defaults to _format, timezone has no default.
    expect(reference).toContain("`format(format*, field, [as=_format], [timezone])`");
  });
});
