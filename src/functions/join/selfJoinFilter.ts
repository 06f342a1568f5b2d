/**
 * selfJoinFilter(): keeps the events whose key (the values of `field`) is shared by events that
 * together satisfy every `where` clause. It reads the whole input before passing anything on.
 */
import { ErrorCodes } from "../../errors/index.js";
import type { Pipeline } from "../../syntax/ast.js";
import type { Event } from "../../engine/event.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { fieldNames, flag, pipelines } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";

interface SelfJoinFilterArgs {
  field: string[];
  where: Pipeline[];
  prefilter: boolean;
}

/** The where clauses are tracked as bits of a number; 30 keeps every mask a small integer. */
const MAX_CLAUSES = 30;

export const selfJoinFilter: FunctionDefinition<SelfJoinFilterArgs> = {
  name: "selfJoinFilter",
  kind: "filter",
  docsPage: "functions-selfjoinfilter",
  summary: "Keeps events whose key values are shared by events that together satisfy every where clause.",
  defaultParam: "field",
  negatable: true,
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The key fields; events lacking one never pass." },
    where: { type: "pipelines", schema: pipelines(), description: "Filter subqueries [{...}, {...}]; each must match some event of the key." },
    prefilter: {
      type: "boolean",
      schema: flag(false),
      description: "Pass only events that match at least one where clause themselves.",
    },
  },
  compile(args, ctx) {
    if (args.where.length > MAX_CLAUSES) {
      ctx.error(`selfJoinFilter() takes at most ${MAX_CLAUSES} where clauses`, ctx.argumentSpan("where"), ErrorCodes.invalidArgument);
    }

    const clauses = args.where.map((clause) => {
      const compiled = ctx.compilePipeline(clause);
      if (compiled.predicate === undefined) {
        return ctx.error("a where clause of selfJoinFilter() must only filter events, e.g. {#event_simpleName=ProcessRollup2}", clause.span, ErrorCodes.invalidArgument);
      }
      return compiled;
    });

    return {
      stage: selfJoinFilterStage(
        args.field,
        clauses.map((clause) => clause.predicate as (event: Event) => boolean),
        args.prefilter,
        ctx.negated,
      ),
      reads: unionFieldUse([new Set(args.field), ...clauses.map((clause) => clause.reads)]),
      effects: { modifies: false, drops: true, retains: true },
    };
  },
};

/**
 * Builds a stage that makes two passes over its buffered input. The first records, per key,
 * which clauses some event of the key satisfies. The second passes the events of keys that
 * satisfied all of them, and with `prefilter` only events that match a clause themselves.
 * Negated, it passes exactly the other events.
 * LogScale keeps the keys in a probabilistic filter with rare false positives (docs page
 * functions-selfjoinfilter); this engine keeps the exact set.
 */
function selfJoinFilterStage(
  fields: readonly string[],
  clauses: readonly ((event: Event) => boolean)[],
  prefilter: boolean,
  negated: boolean,
): StageFactory {
  const allClauses = 2 ** clauses.length - 1;

  return (next) => {
    const events: Event[] = [];
    const keys: (string | undefined)[] = [];
    const matchedClause: boolean[] = [];
    const satisfied = new Map<string, number>();

    return {
      push(event) {
        const key = keyOf(event, fields);
        let mask = 0;

        if (key !== undefined) {
          clauses.forEach((clause, index) => {
            if (clause(event)) {
              mask |= 1 << index;
            }
          });
          satisfied.set(key, (satisfied.get(key) ?? 0) | mask);
        }

        events.push(event);
        keys.push(key);
        matchedClause.push(mask !== 0);
      },
      end() {
        events.forEach((event, index) => {
          const key = keys[index];
          const passes = key !== undefined && satisfied.get(key) === allClauses && (!prefilter || matchedClause[index] === true);
          if (passes !== negated) {
            next.push(event);
          }
        });
        next.end();
      },
    };
  };
}

function keyOf(event: Event, fields: readonly string[]): string | undefined {
  if (fields.length === 1) {
    return event.get(fields[0] as string);
  }

  let key = "";
  for (const field of fields) {
    const value = event.get(field);
    if (value === undefined) {
      return undefined;
    }
    key += `${value.length}:${value}`;
  }
  return key;
}
