/** session(): splits events into sessions at pauses and aggregates each session. */
import type { Event } from "../../engine/event.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { parseNumber } from "../../engine/values.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import { syntaxTrees, text } from "../schemas.js";
import type { CompiledPipeline, FunctionDefinition, RunContext } from "../types.js";
import { aggregateListReads, compileAggregateList } from "./aggregateList.js";
import { AggregateSet } from "./combine.js";

interface SessionArgs {
  function?: Expr[];
  maxpause: string;
}

export const session: FunctionDefinition<SessionArgs> = {
  name: "session",
  kind: "aggregate",
  docsPage: "functions-session",
  summary: "Splits events into sessions wherever they are more than maxpause apart and aggregates each session.",
  defaultParam: "function",
  params: {
    function: {
      type: "aggregates",
      schema: syntaxTrees().optional(),
      description: "The aggregates run per session; count() when not given.",
    },
    maxpause: { type: "string", schema: text().default("15m"), description: "The maximum pause within a session, as a relative time; 15m by default." },
  },
  compile(args, ctx) {
    const maxPause = parseDuration(args.maxpause);
    if (maxPause === null || maxPause < 0) {
      return ctx.error(
        `invalid maxpause ${JSON.stringify(args.maxpause)}: expected a duration such as 15m, with a unit from ${DURATION_UNITS}`,
        ctx.argumentSpan("maxpause"),
        ErrorCodes.invalidArgument,
      );
    }

    const pipelines = compileAggregateList(args.function, ctx);
    return {
      stage: (next, run) => {
        const timed: { time: number; event: Event }[] = [];

        return {
          push(event) {
            const text = event.get("@timestamp");
            const time = text === undefined ? null : parseNumber(text);
            if (time !== null) {
              timed.push({ time, event });
            }
          },
          end() {
            for (const row of sessionRows(timed, maxPause, pipelines, run)) {
              next.push(row);
            }
            next.end();
          },
        };
      },
      reads: unionFieldUse([aggregateListReads(pipelines), new Set(["@timestamp"])]),
      projects: true,
    };
  },
};

/**
 * Orders the events by `@timestamp` (input order for equal times) and starts a new session
 * wherever two neighbours are more than `maxPause` apart. Sessions come out in time order, one
 * row each (or the product of multi-row aggregates, as in stats()). Events without a numeric
 * `@timestamp` belong to no session.
 */
function sessionRows(timed: { time: number; event: Event }[], maxPause: number, pipelines: readonly CompiledPipeline[], run: RunContext): Event[] {
  timed.sort((a, b) => a.time - b.time);

  const rows: Event[] = [];
  let current: AggregateSet | undefined;
  let lastTime = Number.NEGATIVE_INFINITY;

  const close = () => {
    for (const row of current?.end() ?? []) {
      rows.push(row);
    }
    current = undefined;
  };

  for (const { time, event } of timed) {
    if (current !== undefined && time - lastTime > maxPause) {
      close();
    }

    current ??= new AggregateSet(pipelines, run);
    current.push(event);
    lastTime = time;
  }

  close();
  return rows;
}
