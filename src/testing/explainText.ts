/**
 * Renders an explanation as text, for `cql explain` and for the message of a failed
 * `toMatchEvents`: a table of stages with the events in and out, then the path of the followed
 * event and where it was dropped.
 */
import type { EventTrace, Explanation, StageReport, TraceStep } from "../engine/explain.js";

export function formatExplanation(explanation: Explanation): string {
  const lines = formatStages(explanation.stages);

  if (explanation.traceProblem !== undefined) {
    lines.push("", `No event to follow: ${explanation.traceProblem}.`);
  }
  if (explanation.trace !== undefined) {
    lines.push("", ...formatTrace(explanation.trace, explanation.stages));
  } else if (explanation.traceProblem === undefined) {
    const produced = explanation.stages[explanation.stages.length - 1]?.out ?? 0;
    lines.push("", `The query produced ${produced === 1 ? "1 output event" : `${produced} output events`}.`);
  }

  return lines.join("\n");
}

function formatStages(stages: readonly StageReport[]): string[] {
  const width = Math.max(2, ...stages.map((stage) => String(Math.max(stage.in, stage.out)).length));
  const header = `stage  ${"in".padStart(width)}  ${"out".padStart(width)}  step`;
  const rows = stages.map(
    (stage) => `${String(stage.stage).padStart(5)}  ${String(stage.in).padStart(width)}  ${String(stage.out).padStart(width)}  ${stage.text}`,
  );
  return [header, ...rows];
}

function formatTrace(trace: EventTrace, stages: readonly StageReport[]): string[] {
  const which = `input event ${trace.input + 1} (${trace.description})`;
  const intro =
    trace.chosen === "furthest"
      ? `The query produced no output. Following ${which}, the first that got furthest:`
      : `Following ${which}:`;

  const steps = trace.steps.map((step) => `  stage ${step.stage} ${step.part}: ${describeStep(step)}`);

  return [intro, ...steps, verdict(trace, stages)];
}

function describeStep(step: TraceStep): string {
  if (step.detail === "" || step.result === "dropped") return step.result;
  return step.result === "passed" ? `passed (${step.detail})` : `${step.result} ${step.detail}`;
}

function verdict(trace: EventTrace, stages: readonly StageReport[]): string {
  if (trace.outcome === "output") {
    const rows = trace.outputRows.join(", ");
    return `It reached the output: output event${trace.outputRows.length === 1 ? "" : "s"} ${rows} (counting from 0).`;
  }

  const drop = trace.droppedAt;
  if (drop === undefined) return "It did not reach the output.";

  const stage = stages.find((entry) => entry.stage === drop.stage);
  const where = stage === undefined ? "" : ` (line ${stage.line})`;
  return `Dropped at stage ${drop.stage} ${drop.name}${where}: ${drop.reason}`;
}
