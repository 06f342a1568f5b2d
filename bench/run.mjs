// Runs the benchmarks with the heap and GC flags they need: a million events in memory need more
// than Node's default heap, and --expose-gc lets each measurement start from a collected heap.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./seed-query.ts", import.meta.url));
const result = spawnSync(
  process.execPath,
  ["--max-old-space-size=8192", "--expose-gc", "--import", "tsx", script, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exitCode = result.status ?? 1;
