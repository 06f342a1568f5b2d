/** parseXml(): a field holding XML becomes fields named by element paths. */
import type { Event } from "../../engine/event.js";
import { mapStage } from "../../engine/pipeline.js";
import { fieldName, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { readXml, type XmlElement } from "./xmlText.js";

interface ParseXmlArgs {
  field: string;
  prefix: string;
}

export const parseXml: FunctionDefinition<ParseXmlArgs> = {
  name: "parseXml",
  kind: "transformation",
  docsPage: "functions-parsexml",
  summary: "Parses a field as XML into fields named by element path (Task.Triggers.LogonTrigger.Enabled); invalid XML is left alone.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field holding XML." },
    prefix: { type: "string", schema: text().default(""), description: "Text put before every field name." },
  },
  compile(args) {
    const { field, prefix } = args;
    return {
      stage: mapStage((event) => {
        const raw = event.get(field);
        const root = raw === undefined ? null : readXml(raw);
        if (root !== null) {
          writeElement(event, root, prefix + root.name);
        }
      }),
      reads: new Set([field]),
    };
  },
};

/**
 * Writes an element's text to its path, each attribute to `path.attribute`, and each child to
 * `path.child`. Children that share a name are numbered: `path.Data[0]`, `path.Data[1]`.
 * Whitespace-only text between child elements is ignored.
 * NOTE: the docs show element paths only; the attribute and numbering layout is this library's choice.
 */
function writeElement(event: Event, element: XmlElement, path: string): void {
  const text = element.children.length > 0 ? element.text.trim() : element.text;
  if (element.children.length === 0 || text !== "") {
    event.set(path, text);
  }

  for (const [name, value] of element.attributes) {
    event.set(`${path}.${name}`, value);
  }

  const counts = new Map<string, number>();
  for (const child of element.children) {
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  }

  const seen = new Map<string, number>();
  for (const child of element.children) {
    const index = seen.get(child.name) ?? 0;
    seen.set(child.name, index + 1);
    const childPath = (counts.get(child.name) ?? 0) > 1 ? `${path}.${child.name}[${index}]` : `${path}.${child.name}`;
    writeElement(event, child, childPath);
  }
}
