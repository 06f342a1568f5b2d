/**
 * Benchmark: the high-port-count detection over generated events held in memory, run by the
 * library and by the hand-written loop in examples/high-port-count/expected.ts. Prints both
 * times and their ratio, and fails if the two disagree.
 *
 *   npm run bench -- [--count N] [--repeat R]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compile } from "../src/index.js";
import { detectHighPortCount } from "../examples/high-port-count/expected.js";
import { generateEvents } from "../examples/high-port-count/generate.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000000" },
    repeat: { type: "string", default: "3" },
  },
});
const count = Number(values.count);
const repeat = Number(values.repeat);

const queryPath = fileURLToPath(new URL("../examples/high-port-count/query.cql", import.meta.url));
const query = readFileSync(queryPath, "utf8");

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work` `repeat` times and returns the fastest time in ms and the last result. */
function measure<T>(work: () => T): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    collectGarbage();
    const started = performance.now();
    result = work();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result };
}

function canonical(rows: readonly Record<string, string>[]): string {
  return rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))).sort().join("\n");
}

const generationStarted = performance.now();
const events = generateEvents({ count });
const generationMs = performance.now() - generationStarted;

const compiled = compile(query);
const library = measure(() => compiled.run(events).events);
const handLoop = measure(() => detectHighPortCount(events));

if (canonical(library.result) !== canonical(handLoop.result)) {
  console.error("the library and the hand-written loop returned different rows");
  process.exitCode = 1;
}

const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`events:            ${events.length.toLocaleString("en-US")} (generated in ${format(generationMs)})`);
console.log(`rows returned:     ${library.result.length}`);
console.log(`library:           ${format(library.ms)} (fastest of ${repeat})`);
console.log(`hand-written loop: ${format(handLoop.ms)} (fastest of ${repeat})`);
console.log(`ratio:             ${(library.ms / handLoop.ms).toFixed(1)}x`);
console.log(`heap used:         ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
