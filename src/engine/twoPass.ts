/**
 * Running a query whose top-level pipeline has a two-pass filter (selfJoinFilter()) over input
 * that can be read twice: the steps before the filter run once to let it record what it needs
 * and once more to let it decide, so no event waits in memory for the end of the input.
 */
import type { RunContext, Sink } from "../functions/types.js";
import type { TwoPassPlan } from "./compile.js";
import type { Event } from "./event.js";
import { queryInputRecorder } from "./queryInput.js";

/**
 * Runs the plan over `items` twice and sends the output to `output`. `convert` turns an item into
 * an event; on the first pass it is asked for the fields `plan.firstPassReads` only, since that
 * pass's output is discarded. The input is recorded for subqueries on the first pass only.
 */
export function runInTwoPasses<T>(
  plan: TwoPassPlan,
  items: readonly T[],
  convert: (item: T, firstPass: boolean) => Event,
  output: Sink,
  run: RunContext,
): void {
  // The steps after the filter are built first, so any that ask for the query's input do so
  // before the first pass starts recording it.
  const suffix = plan.suffix.factory(output, run);
  const { first, second } = plan.filter.start(run);

  const firstPass = plan.prefix.factory(first, run);
  const recordInput = queryInputRecorder(run);
  for (const item of items) {
    // A recorded event must be complete, so the first pass converts fully while recording.
    const event = convert(item, recordInput === undefined);
    recordInput?.(event);
    firstPass.push(event);
  }
  firstPass.end();

  const secondPass = plan.prefix.factory(second(suffix), run);
  for (const item of items) {
    secondPass.push(convert(item, false));
  }
  secondPass.end();
}
