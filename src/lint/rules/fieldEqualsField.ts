/**
 * `f=g` where `g` is a field of the query. The right side of `=` is always text, never a field,
 * so `ParentProcessId=TargetProcessId` keeps events whose ParentProcessId is the word
 * "TargetProcessId" (docs page syntax-operators); test(f == g) compares two fields.
 */
import { fieldReferences } from "../references.js";
import type { LintRule } from "../types.js";
import type * as A from "../../syntax/ast.js";
import { textOf, walk } from "../walk.js";

/** Text that can only be a value, never a field name: wildcards, spaces, leading digits... */
const NOT_A_FIELD_NAME = /[*\s"]|^[\d.-]/;

export const fieldEqualsField: LintRule = {
  id: "field-equals-field",
  summary: "f=g where g is a field of the query: the right side is text, not a field",
  check(context) {
    const read = new Set(fieldReferences(context.query, context.registry).map((reference) => reference.name));
    const written = writtenFields(context.query);

    walk(context.query, (node) => {
      // Tags hold names of event types and sources, which often equal names of fields.
      if (node.kind !== "FieldTest" || (node.op !== "=" && node.op !== "!=") || node.field.name.startsWith("#")) return;

      const value = node.value;
      if (value.kind !== "Pattern" || value.quoted || NOT_A_FIELD_NAME.test(value.text)) return;
      // A value that names a field the query writes (`Mac := ...`) is usually the text it looks like.
      const isField = value.text === node.field.name || (read.has(value.text) && !written.has(value.text));
      if (!isField) return;

      const operator = node.op === "=" ? "==" : "!=";
      context.report(
        node.span,
        `${node.field.name}${node.op}${value.text} compares ${node.field.name} with the text "${value.text}", not with the field ` +
          `${value.text}; to compare two fields write test(${node.field.name} ${operator} ${value.text}), or quote the value to keep the text`,
        "syntax-operators",
      );
    });
  },
};

/** Fields the query writes: assignment targets, `as=` outputs and named regex groups. */
function writtenFields(query: A.Query): Set<string> {
  const fields = new Set<string>();

  walk(query, (node) => {
    if (node.kind === "Assign" || node.kind === "AssignExpr") fields.add(node.target.name);
    if (node.kind === "Regex" || (node.kind === "FieldTest" && node.value.kind === "Regex")) {
      const source = node.kind === "Regex" ? node.source : (node.value as A.RegexLiteral).source;
      for (const match of source.matchAll(/\(\?<([^>]+)>/g)) fields.add(match[1] as string);
    }
    if (node.kind === "String") {
      for (const match of node.value.matchAll(/\(\?<([^>]+)>/g)) fields.add(match[1] as string);
    }
    if (node.kind === "Call") {
      for (const arg of node.args) {
        if (arg.name?.toLowerCase() === "as") {
          const name = textOf(arg.value);
          if (name !== undefined) fields.add(name);
        }
      }
    }
  });

  return fields;
}
