#!/usr/bin/env node
// Launcher for the `cql` command: runs the bundled CLI that `npm run build` writes to dist/.
try {
  await import("../dist/cli.js");
} catch (error) {
  const missing = error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js");
  if (!missing) throw error;
  process.stderr.write("cql: dist/cli.js not found; run `npm run build` (or `npm ci`) first\n");
  process.exitCode = 1;
}
