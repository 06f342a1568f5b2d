/** writeJson(): fields written out as one JSON object, dotted names nested again. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { compileWildcard, hasWildcard } from "../../engine/match.js";
import { isNumberText } from "../../engine/values.js";
import { outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { isWithin } from "./parseJson.js";

interface WriteJsonArgs {
  field: string[];
  as: string;
}

export const writeJson: FunctionDefinition<WriteJsonArgs> = {
  name: "writeJson",
  kind: "transformation",
  docsPage: "functions-writejson",
  summary: "Writes the selected fields as one JSON object; names such as a.b and a[0] become nested objects and arrays.",
  defaultParam: "field",
  params: {
    field: {
      type: "strings",
      schema: z.array(z.string()).min(1, { error: "give at least one field name or pattern" }).default(["*"]),
      description: "Field names, prefixes such as \"a.\" or patterns with *; a name also selects the fields nested in it. All fields by default.",
    },
    as: { type: "field", schema: outputField("_json"), description: "The output field." },
  },
  compile(args) {
    const selects = fieldSelector(args.field);
    return valueFunction(args.as, "all", (event: Event) => writeObject(event, selects));
  },
};

/** Builds the test of whether a field name is selected by any of the entries. */
function fieldSelector(entries: readonly string[]): (name: string) => boolean {
  const tests = entries.map((entry): ((name: string) => boolean) => {
    if (hasWildcard(entry)) {
      return compileWildcard(entry, { anchored: true });
    }
    if (entry.endsWith(".") || entry.endsWith("[")) {
      return (name) => name.startsWith(entry);
    }
    return (name) => isWithin(name, entry);
  });
  return (name) => tests.some((test) => test(name));
}

type Tree = { [key: string]: Tree | string } | (Tree | string)[];

function writeObject(event: Event, selects: (name: string) => boolean): string {
  const root: { [key: string]: Tree | string } = Object.create(null) as { [key: string]: Tree | string };

  for (const [name, value] of event) {
    if (selects(name)) {
      insert(root, pathOf(name), value);
    }
  }

  return serialize(root);
}

/** Splits `a.b[0].c` into `a`, `b`, 0, `c`. */
function pathOf(name: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of name.split(".")) {
    const match = /^(.*?)((?:\[\d+\])+)$/.exec(part);
    if (match === null) {
      path.push(part);
      continue;
    }
    if (match[1] !== "") {
      path.push(match[1] as string);
    }
    for (const index of (match[2] as string).matchAll(/\[(\d+)\]/g)) {
      path.push(Number(index[1]));
    }
  }
  return path;
}

/**
 * Puts a value at a path. A name that is both a value and a parent (`a` and `a.b`) keeps the
 * first one written; the other is dropped, since JSON cannot hold both.
 */
function insert(root: Tree, path: (string | number)[], value: string): void {
  let node: Tree = root;

  for (let index = 0; index < path.length; index += 1) {
    const key = path[index] as string | number;
    const last = index === path.length - 1;
    const container = node as Record<string | number, Tree | string | undefined>;
    const existing = container[key];

    if (last) {
      if (existing === undefined) {
        container[key] = value;
      }
      return;
    }

    if (existing === undefined) {
      const child: Tree = typeof path[index + 1] === "number" ? [] : (Object.create(null) as Tree);
      container[key] = child;
      node = child;
    } else if (typeof existing === "string") {
      return;
    } else {
      node = existing;
    }
  }
}

/**
 * Prints the tree as compact JSON. Values that read as JSON numbers or booleans are written as
 * such; everything else as strings. Holes in arrays become null.
 */
function serialize(node: Tree | string | undefined): string {
  if (node === undefined) {
    return "null";
  }
  if (typeof node === "string") {
    return scalar(node);
  }
  if (Array.isArray(node)) {
    return `[${Array.from(node, (item) => serialize(item)).join(",")}]`;
  }
  return `{${Object.keys(node)
    .map((key) => `${JSON.stringify(key)}:${serialize(node[key])}`)
    .join(",")}}`;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function scalar(value: string): string {
  if (value === "true" || value === "false" || (isNumberText(value) && JSON_NUMBER.test(value))) {
    return value;
  }
  return JSON.stringify(value);
}
