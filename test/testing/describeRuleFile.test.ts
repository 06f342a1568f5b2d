import { fileURLToPath } from "node:url";
import { describeRuleFile } from "../../src/testing/vitest.js";

// Registers one vitest test per test of the rule file, as a user's own suite would.
await describeRuleFile(fileURLToPath(new URL("../../examples/lolbin-rundll32/rule.yaml", import.meta.url)));
