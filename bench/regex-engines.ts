/**
 * Compares the regex engines behind compileRegex(): JavaScript's RegExp (the pattern as
 * printed for it), re2js, and the automatic choice between them, on patterns typical of
 * detection queries over generated log lines, and on inputs that make backtracking explode.
 *
 *   npx tsx bench/regex-engines.ts            # 50,000 lines, best of 3
 *   npx tsx bench/regex-engines.ts --lines 10000
 *
 * Times are nanoseconds per line (best of the repeats), for test() and for exec().
 */
import { compileRegex, type CompiledRegex } from "../src/engine/regex.js";

const args = process.argv.slice(2);
const lineCount = Number(readOption("--lines") ?? 50_000);
const repeats = Number(readOption("--repeat") ?? 3);

function readOption(name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/** A deterministic pseudo-random generator, so every run sees the same lines. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function generateLines(count: number): string[] {
  const random = generator(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const commands = [
    "C:\\Windows\\System32\\cmd.exe /c whoami",
    "C:\\Program Files\\App\\app.exe --flag",
    "powershell.exe -NoP -enc SQBFAFgA",
    "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -ExecutionPolicy Bypass -File x.ps1",
  ];

  return Array.from({ length: count }, (_, index) => {
    return `${pick(commands)} user=u${index} host=host${index % 30}.example.com src=10.0.${index % 256}.${(index * 7) % 256} disk_free=${index % 5000}`;
  });
}

const patterns: [string, string][] = [
  ["\\\\(cmd|powershell)\\.exe", "i"],
  ["\\s-enc\\s", "i"],
  ["(?<file>[^\\\\]+\\.exe)", "i"],
  ["user=(?<user>\\S+) host=(?<host>[^.]+)\\.(?<domain>.+)$", ""],
  ["disk_free=(?<space>[0-9]+)", ""],
  ["src=(?<ip>\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})", ""],
  ["^(?<drive>[A-Z]):\\\\", ""],
  ["(?<k>\\w+)=(?<v>\\w+)", ""],
];

type Engine = "backtracking" | "linear" | "auto";

function measure(compiled: CompiledRegex | RegExp, lines: readonly string[], mode: "test" | "exec"): number {
  let best = Infinity;

  for (let round = 0; round < repeats; round += 1) {
    const started = process.hrtime.bigint();
    let found = 0;
    for (const line of lines) {
      if (mode === "test" ? compiled.test(line) : compiled.exec(line) !== null) {
        found += 1;
      }
    }
    const elapsed = Number(process.hrtime.bigint() - started);
    best = Math.min(best, elapsed / lines.length);
    if (found < 0) {
      throw new Error("unreachable");
    }
  }

  return best;
}

function runTypical(): void {
  const lines = generateLines(lineCount);
  console.log(`typical patterns, ${lineCount} lines of about ${Math.round(lines.reduce((sum, line) => sum + line.length, 0) / lines.length)} characters, ns per line (best of ${repeats})`);
  console.log(["pattern", "native test", "RegExp test", "re2js test", "auto test", "native exec", "RegExp exec", "re2js exec", "auto exec"].join(" | "));

  for (const [source, flags] of patterns) {
    const native = new RegExp(source.replace(/\(\?<(\w+)>/g, "(?<$1>"), flags.replace("d", "s"));
    const engines = (["backtracking", "linear", "auto"] as Engine[]).map((engine) => compileRegex(source, flags, { allowGlobalFlag: false, engine }));
    const row = [
      measure(native, lines, "test"),
      ...engines.map((compiled) => measure(compiled, lines, "test")),
      measure(native, lines, "exec"),
      ...engines.map((compiled) => measure(compiled, lines, "exec")),
    ];
    console.log([`/${source}/${flags}`, ...row.map((value) => value.toFixed(0))].join(" | "));
  }
}

/** Inputs that make backtracking slow; each is timed once per engine, backtracking with a cap. */
function runHostile(): void {
  const cases: [string, string][] = [
    ["(a+)+$", `${"a".repeat(25)}!`],
    ["\\s*\\s*\\s*x", " ".repeat(250)],
    ["(?<k>\\w+)=", "a".repeat(20_000)],
    ["a.*b.*c", "ab".repeat(1_500)],
  ];

  console.log("\nhostile inputs, ms for one exec()");
  console.log(["pattern", "input length", "RegExp", "re2js", "auto", "backtracking limit"].join(" | "));
  for (const [source, input] of cases) {
    const times = (["backtracking", "linear", "auto"] as Engine[]).map((engine) => {
      const compiled = compileRegex(source, "", { allowGlobalFlag: false, engine });
      const started = process.hrtime.bigint();
      compiled.exec(input);
      return Number(process.hrtime.bigint() - started) / 1e6;
    });
    const limit = compileRegex(source, "", { allowGlobalFlag: false }).backtrackingLimit;
    console.log([`/${source}/`, input.length, ...times.map((value) => value.toFixed(1)), limit].join(" | "));
  }
}

runTypical();
runHostile();
