/**
 * `--lookup-dir DIR`: makes every CSV and JSON file under DIR available to match(), readFile()
 * and ioc:lookup(), named by its path relative to DIR with `/` separators, so
 * `DIR/imperva/cwaf/severity.csv` is `imperva/cwaf/severity.csv`, as LogScale names files that
 * packages install.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const LOOKUP_FILE = /\.(csv|json)$/i;

/**
 * Adds the lookup files under `directory` to `files`; returns false after reporting a directory
 * or file that cannot be read.
 */
export async function readLookupDirectory(directory: string, files: Record<string, string>, report: (message: string) => void): Promise<boolean> {
  let paths: string[];
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    paths = entries.filter((entry) => entry.isFile() && LOOKUP_FILE.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    report(`cql: cannot read lookup directory ${directory}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "directory not found" : (error as Error).message}`);
    return false;
  }

  for (const path of paths.sort()) {
    try {
      files[relative(directory, path).split(sep).join("/")] = await readFile(path, "utf8");
    } catch (error) {
      report(`cql: cannot read lookup file ${path}: ${(error as Error).message}`);
      return false;
    }
  }
  return true;
}
