/**
 * Finds rule files: YAML files whose top level is a mapping with a `cql` key. Directories are
 * searched recursively, except `node_modules` and hidden directories. Symbolic links to
 * directories are not followed, so a link cycle cannot make the search endless.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { looksLikeRuleFile, parseYamlSource, RuleFileError } from "./ruleFile.js";

const YAML_EXTENSIONS = new Set([".yaml", ".yml"]);
const SKIPPED_DIRECTORIES = new Set(["node_modules"]);

export interface Discovery {
  /** Rule files, sorted by path within each given path. */
  files: string[];
  /** Given paths that do not exist. */
  missing: string[];
}

/**
 * Lists the rule files under the given paths. A file given by name counts as a rule file
 * whatever its extension; loading it reports what is wrong with it.
 */
export function findRuleFiles(paths: readonly string[]): Promise<Discovery> {
  return findFiles(paths, isRuleFile);
}

/** Lists query files (`.cql`) and rule files under the given paths, for `cql lint`. */
export function findQueryFiles(paths: readonly string[]): Promise<Discovery> {
  return findFiles(paths, async (path) => extname(path).toLowerCase() === ".cql" || (await isRuleFile(path)));
}

/** Lists the files a directory search accepts, and files given by name as they are. */
async function findFiles(paths: readonly string[], accept: (path: string) => Promise<boolean>): Promise<Discovery> {
  const files: string[] = [];
  const missing: string[] = [];

  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }

    if (info.isDirectory()) {
      files.push(...(await searchDirectory(path, accept)).sort());
    } else {
      files.push(path);
    }
  }

  return { files: [...new Set(files)], missing };
}

async function searchDirectory(directory: string, accept: (path: string) => Promise<boolean>): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(directory, { withFileTypes: true });

  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) {
        found.push(...(await searchDirectory(path, accept)));
      }
    } else if (entry.isFile() && (await accept(path))) {
      found.push(path);
    }
  }

  return found;
}

/** Tells whether a file is a YAML rule file. One that does not parse counts, so loading it reports the error. */
async function isRuleFile(path: string): Promise<boolean> {
  if (!YAML_EXTENSIONS.has(extname(path).toLowerCase())) return false;

  const text = await readFile(path, "utf8");
  if (!/^cql\s*:/m.test(text)) return false;

  try {
    return looksLikeRuleFile(parseYamlSource(text, path));
  } catch (error) {
    if (error instanceof RuleFileError) return true;
    throw error;
  }
}
