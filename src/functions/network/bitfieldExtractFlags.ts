/** bitfield:extractFlags(): one true/false field per named bit of an integer. */
import { z } from "zod";
import { mapStage } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { fieldName, flag, syntaxTree } from "../schemas.js";
import type { CompileContext, FunctionDefinition } from "../types.js";

interface ExtractFlagsArgs {
  field: string;
  output: Expr;
  onlyTrue: boolean;
}

interface Flag {
  bit: bigint;
  name: string;
}

export const bitfieldExtractFlags: FunctionDefinition<ExtractFlagsArgs> = {
  name: "bitfield:extractFlags",
  kind: "transformation",
  docsPage: "functions-bitfield-extractflags",
  summary: "Reads an integer as bits and writes true or false to a named field for each listed bit (0 to 63).",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the integer (decimal, or hexadecimal with 0x)." },
    output: { type: "syntax", schema: syntaxTree(), description: "The bits to name, as [[index, name], ...] with indexes 0 to 63." },
    onlyTrue: { type: "boolean", schema: flag(false), description: "Write only the fields of bits that are set." },
  },
  compile(args, ctx) {
    const flags = readFlags(args.output, ctx);
    const { field, onlyTrue } = args;

    return {
      stage: mapStage((event) => {
        const value = readBits(event.get(field));
        if (value === undefined) {
          return;
        }
        for (const { bit, name } of flags) {
          const set = ((value >> bit) & 1n) === 1n;
          if (set || !onlyTrue) {
            event.set(name, set ? "true" : "false");
          }
        }
      }),
      outputs: flags.map((entry) => entry.name),
      reads: new Set([field]),
    };
  },
};

const pair = z.tuple([z.number().int().min(0).max(63), z.string().min(1)]);

/** Reads `[[0, NAME], [1, OTHER]]`. */
function readFlags(output: Expr, ctx: CompileContext): Flag[] {
  const problem = () =>
    ctx.error(
      "output must list the bits as [[index, name], ...], e.g. output=[[0, IsHidden], [1, IsSystem]], with indexes 0 to 63",
      ctx.argumentSpan("output"),
      ErrorCodes.invalidArgument,
    );

  if (output.kind !== "Array") {
    return problem();
  }

  return output.elements.map((element) => {
    if (element.kind !== "Array" || element.elements.length !== 2) {
      return problem();
    }
    const [index, name] = element.elements.map(wordOf);
    const parsed = pair.safeParse([Number(index), name]);
    if (!parsed.success || index === undefined || !/^\d+$/.test(index)) {
      return problem();
    }
    return { bit: BigInt(parsed.data[0]), name: parsed.data[1] };
  });
}

/** Reads a bare word or quoted string; other syntax gives undefined. */
function wordOf(part: Expr): string | undefined {
  if (part.kind === "Bare") {
    return part.text;
  }
  return part.kind === "String" ? part.value : undefined;
}

/** Reads the integer as 64 bits: decimal (negative numbers in two's complement) or 0x hexadecimal. */
function readBits(text: string | undefined): bigint | undefined {
  const trimmed = text?.trim();
  if (trimmed === undefined || !/^(-?\d+|0[xX][0-9a-fA-F]+)$/.test(trimmed)) {
    return undefined;
  }
  return BigInt.asUintN(64, BigInt(trimmed));
}
