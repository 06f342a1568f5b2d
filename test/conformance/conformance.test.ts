/**
 * Runs every conformance case: the shared cases written from the LogScale documentation, which CI
 * places in a `shared/conformance` folder beside the repository, and the project's own under
 * cases/. Each case ends as
 * passed, failed, known difference (listed in known-differences.yaml) or unsupported (its query
 * uses a function the registry lacks). Failed cases fail the run, and so does a listed known
 * difference that now passes, so the list stays honest.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sharedFolderExists } from "../corpus/corpus.js";
import { caseKey, findCaseFiles, loadCaseFile, loadKnownDifferences } from "./cases.js";
import { runCase } from "./runner.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../..");
const sharedDirectory = resolve(repoRoot, "../shared/conformance");
const ownDirectory = resolve(here, "cases");
const hasShared = sharedFolderExists(sharedDirectory);

const knownDifferences = loadKnownDifferences(resolve(here, "known-differences.yaml"));
const knownByKey = new Map(knownDifferences.map((entry) => [caseKey(entry.file, entry.name), entry]));

const caseFiles = [...(hasShared ? findCaseFiles(sharedDirectory) : []), ...findCaseFiles(ownDirectory)];
const suites = caseFiles.map((path) => loadCaseFile(path, repoRoot));
const allKeys = new Set(suites.flat().map((testCase) => caseKey(testCase.file, testCase.name)));

const counts = { passed: 0, failed: 0, known: 0, unsupported: 0 };

describe("conformance", () => {
  it("finds the shared cases", (context) => {
    if (!hasShared) context.skip(`no shared cases at ${sharedDirectory}; only the project's cases ran`);
    expect(caseFiles.filter((path) => path.startsWith(sharedDirectory)).length).toBeGreaterThan(0);
  });

  it("every known difference names a case", () => {
    const stale = knownDifferences.filter((entry) => !allKeys.has(caseKey(entry.file, entry.name)));
    expect(stale.map((entry) => `${entry.file}: ${entry.name}`)).toEqual([]);
  });

  for (const cases of suites) {
    describe(cases[0]?.file ?? "empty file", () => {
      for (const testCase of cases) {
        it(testCase.name, (context) => {
          const outcome = runCase(testCase);
          const known = knownByKey.get(caseKey(testCase.file, testCase.name));

          if (outcome.status === "unsupported") {
            counts.unsupported++;
            context.skip(`unsupported: ${outcome.message}`);
          }

          if (outcome.status === "passed" && known !== undefined) {
            counts.failed++;
            expect.fail(`listed in known-differences.yaml but passes now: remove the entry (${known.docsPage})`);
          }

          if (outcome.status === "failed" && known !== undefined) {
            counts.known++;
            return;
          }

          if (outcome.status === "failed") {
            counts.failed++;
            expect.fail(`${outcome.message}\n\nsource: ${testCase.source}\nquery:\n${testCase.query}`);
          }
          counts.passed++;
        });
      }
    });
  }

  afterAll(() => {
    console.log(
      `conformance: ${counts.passed} passed, ${counts.failed} failed, ` +
        `${counts.known} known differences, ${counts.unsupported} unsupported`,
    );
  });
});
