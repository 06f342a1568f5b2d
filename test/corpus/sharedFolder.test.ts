import { afterEach, describe, expect, it, vi } from "vitest";
import { sharedFolderExists, repoRoot } from "./corpus.js";

describe("sharedFolderExists", () => {
  const missing = `${repoRoot}/no-such-shared-folder`;

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("finds an existing folder", () => {
    expect(sharedFolderExists(repoRoot)).toBe(true);
  });

  it("skips a missing folder with a message", () => {
    vi.stubEnv("CQL_REQUIRE_SHARED", "");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(sharedFolderExists(missing)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`skipping the tests that need ${missing}`));
  });

  it("fails on a missing folder when CI requires it", () => {
    vi.stubEnv("CQL_REQUIRE_SHARED", "1");
    expect(() => sharedFolderExists(missing)).toThrow(`${missing} not found, and CQL_REQUIRE_SHARED=1 requires it`);
  });
});
