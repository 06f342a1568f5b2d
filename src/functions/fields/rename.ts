/** rename(): gives fields new names. */
import type { Expr } from "../../syntax/ast.js";
import { ErrorCodes } from "../../errors/index.js";
import { mapStage } from "../../engine/pipeline.js";
import { fieldName, syntaxTree } from "../schemas.js";
import type { CompileContext, FunctionDefinition } from "../types.js";

interface RenameArgs {
  field: Expr;
  as?: string;
}

export const rename: FunctionDefinition<RenameArgs> = {
  name: "rename",
  kind: "transformation",
  docsPage: "functions-rename",
  summary: "Renames a field (field=old, as=new) or several ([[old, new], ...]); the new name overwrites.",
  defaultParam: "field",
  params: {
    field: {
      type: "syntax",
      schema: syntaxTree(),
      description: "The field to rename with as=, or a list of [old, new] pairs.",
    },
    as: { type: "field", schema: fieldName().optional(), description: "The new name when field is a single field." },
  },
  compile(args, ctx) {
    const pairs = renamePairs(args, ctx);

    // The renamed field replaces an existing field of the new name (functions-rename); an event
    // without the old field is left as it is.
    return {
      stage: mapStage((event) => {
        for (const [from, to] of pairs) {
          const value = event.get(from);
          if (value !== undefined && from !== to) {
            event.set(to, value);
            event.delete(from);
          }
        }
      }),
      outputs: pairs.map(([, to]) => to),
      reads: new Set(pairs.map(([from]) => from)),
    };
  },
};

function renamePairs(args: RenameArgs, ctx: CompileContext): [string, string][] {
  const field = args.field;

  // `rename([AgentId], as=aid)`, as public CrowdStrike dashboards write it: a one-field list.
  const single = field.kind === "Array" && field.elements.length === 1 && field.elements[0]!.kind !== "Array";
  if (single && args.as !== undefined) {
    return [[nameOf(field.elements[0]!, ctx), args.as]];
  }

  if (field.kind === "Array") {
    if (args.as !== undefined) {
      ctx.error("as= only goes with a single field; with [[old, new], ...] pairs leave it out", ctx.argumentSpan("as"), ErrorCodes.invalidArgument);
    }
    return field.elements.map((element) => pairOf(element, ctx));
  }

  if (args.as === undefined) {
    return ctx.error(
      "rename() needs the new name: rename(field=old, as=new), new := rename(old), or rename([[old, new]])",
      ctx.call.span,
      ErrorCodes.missingArgument,
    );
  }

  return [[nameOf(field, ctx), args.as]];
}

function pairOf(element: Expr, ctx: CompileContext): [string, string] {
  if (element.kind !== "Array" || element.elements.length !== 2) {
    return ctx.error("each element of the rename list must be a pair [old, new]", element.span, ErrorCodes.invalidArgument);
  }

  return [nameOf(element.elements[0] as Expr, ctx), nameOf(element.elements[1] as Expr, ctx)];
}

function nameOf(expr: Expr, ctx: CompileContext): string {
  if (expr.kind === "Bare") {
    return expr.text;
  }
  if (expr.kind === "String") {
    return expr.value;
  }
  return ctx.error("expected a field name", expr.span, ErrorCodes.invalidArgument);
}
