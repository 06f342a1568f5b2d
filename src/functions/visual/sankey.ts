/**
 * sankey(): the rows the Sankey diagram widget draws, one per distinct pair of source and target
 * values, with the fields `source`, `target` and `weight` the widget reads (docs pages
 * functions-sankey and widgets-sankey-input).
 */
import { unionFieldUse } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { aggregateListReads, defaultCount } from "../aggregate/aggregateList.js";
import { fieldName, syntaxTrees } from "../schemas.js";
import type { CompiledPipeline, CompileContext, FunctionDefinition, StageFactory } from "../types.js";
import { KeyedAggregate } from "./groupRows.js";

interface SankeyArgs {
  source: string;
  target: string;
  weight?: Expr[];
}

export const sankey: FunctionDefinition<SankeyArgs> = {
  name: "sankey",
  kind: "aggregate",
  docsPage: "functions-sankey",
  summary: "Aggregates events per pair of source and target values into the source, target and weight rows a Sankey diagram draws.",
  params: {
    source: { type: "field", schema: fieldName(), description: "The field holding the source node." },
    target: { type: "field", schema: fieldName(), description: "The field holding the target node." },
    weight: { type: "aggregates", schema: syntaxTrees().optional(), description: "The aggregate giving each edge's weight; count(as=_count) by default." },
  },
  compile(args, ctx) {
    const weight = singleAggregate(args.weight, "weight", ctx);
    return {
      stage: sankeyStage(args.source, args.target, weight),
      reads: unionFieldUse([new Set([args.source, args.target]), aggregateListReads([weight])]),
      projects: true,
    };
  },
};

/** Compiles an argument that must hold one aggregate (count() when not given). */
export function singleAggregate(list: Expr[] | undefined, parameter: string, ctx: CompileContext): CompiledPipeline {
  if (list === undefined) {
    return defaultCount();
  }

  const pipelines = ctx.compileAggregates(list);
  if (pipelines.length !== 1) {
    ctx.error(`${parameter} takes one aggregate function, such as sum(bytes)`, ctx.argumentSpan(parameter), ErrorCodes.invalidArgument);
  }
  return pipelines[0] as CompiledPipeline;
}

/**
 * Groups by the source and target values (events lacking either are left out) and emits the
 * pairs in first-seen order. The weight is the aggregate's first output value.
 */
function sankeyStage(source: string, target: string, weight: CompiledPipeline): StageFactory {
  return (next, run) => {
    const edges = new KeyedAggregate(weight, run);

    return {
      push(event) {
        const from = event.get(source);
        const to = event.get(target);
        if (from !== undefined && to !== undefined) {
          edges.push([from, to], event);
        }
      },
      end() {
        for (const { keys, value } of edges.results()) {
          const row = new Map([
            ["source", keys[0] as string],
            ["target", keys[1] as string],
          ]);
          if (value !== undefined) {
            row.set("weight", value);
          }
          next.push(row);
        }
        next.end();
      },
    };
  };
}
