/**
 * Entry point of the `cql` command (built into dist/cli.js).
 */
import { runCli } from "./cli.js";

// A reader that closes the pipe early (`cql run ... | head`) is not an error: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
