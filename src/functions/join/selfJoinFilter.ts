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

    const predicates = clauses.map((clause) => clause.predicate as (event: Event) => boolean);
    const join: KeyJoin = { fields: args.field, clauses: predicates, prefilter: args.prefilter, negated: ctx.negated };

    return {
      stage: selfJoinFilterStage(join),
      reads: unionFieldUse([new Set(args.field), ...clauses.map((clause) => clause.reads)]),
      effects: { modifies: false, drops: true, retains: true },
    };
  },
};

/** What selfJoinFilter() joins on and how it decides. */
interface KeyJoin {
  fields: readonly string[];
  clauses: readonly ((event: Event) => boolean)[];
  prefilter: boolean;
  negated: boolean;
}

/**
 * Records, per key, which clauses some event of the key satisfies. LogScale keeps the keys in a
 * probabilistic filter with rare false positives (docs page functions-selfjoinfilter); this
 * engine keeps the exact set.
 */
class KeyRecorder {
  private readonly satisfied = new Map<string, number>();
  private readonly allClauses: number;

  constructor(private readonly join: KeyJoin) {
    this.allClauses = 2 ** join.clauses.length - 1;
  }

  /** Records an event's key and returns the mask of the clauses it satisfies (0 without a key). */
  record(event: Event, key: string | undefined): number {
    if (key === undefined) {
      return 0;
    }

    const mask = clauseMask(event, this.join.clauses);
    this.satisfied.set(key, (this.satisfied.get(key) ?? 0) | mask);
    return mask;
  }

  /**
   * Decides an event once every event was recorded: its key must have satisfied all clauses,
   * and with `prefilter` the event must match a clause itself. Negation flips the decision.
   */
  passes(key: string | undefined, mask: number): boolean {
    const joined = key !== undefined && this.satisfied.get(key) === this.allClauses && (!this.join.prefilter || mask !== 0);
    return joined !== this.join.negated;
  }
}

function clauseMask(event: Event, clauses: readonly ((event: Event) => boolean)[]): number {
  let mask = 0;
  for (let index = 0; index < clauses.length; index += 1) {
    if ((clauses[index] as (event: Event) => boolean)(event)) {
      mask |= 1 << index;
    }
  }
  return mask;
}

/** Builds the one-pass stage, which keeps every event until the input ends and then decides. */
function selfJoinFilterStage(join: KeyJoin): StageFactory {
  return (next) => {
    const recorder = new KeyRecorder(join);
    const events: Event[] = [];
    const keys: (string | undefined)[] = [];
    const masks: number[] = [];

    return {
      push(event) {
        const key = keyOf(event, join.fields);
        events.push(event);
        keys.push(key);
        masks.push(recorder.record(event, key));
      },
      end() {
        events.forEach((event, index) => {
          if (recorder.passes(keys[index], masks[index] as number)) {
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
