/**
 * Entry point of the `cql` command (built into dist/cli.js).
 */
import { runCli } from "./cli.js";

// A reader that closes the pipe early (`cql run ... | head`) is not an error: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (error) {
  // Anything that is not a query, input or usage error is a bug in cql itself.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`cql: internal error, please report it with the command, query and input that caused it:\n${detail}\n`);
  process.exitCode = 1;
}
