/** array:reduceAll(): aggregates over the elements of an array in every event. */
import type { Expr } from "../../syntax/ast.js";
import { fieldName, syntaxTrees } from "../schemas.js";
import { compileAggregateList } from "../aggregate/aggregateList.js";
import { AggregateSet } from "../aggregate/combine.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements } from "./arrays.js";

interface ArrayReduceAllArgs {
  array: string;
  function: Expr[];
  var: string;
}

export const arrayReduceAll: FunctionDefinition<ArrayReduceAllArgs> = {
  name: "array:reduceAll",
  kind: "aggregate",
  docsPage: "functions-array-reduceall",
  summary: "Runs aggregates over the elements of an array in all events, each element an event with the field var.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    function: { type: "aggregates", schema: syntaxTrees(), description: "The aggregates to run; several combine as in stats()." },
    var: { type: "field", schema: fieldName(), description: "The field each element is put in for the aggregates." },
  },
  compile(args, ctx) {
    const pipelines = compileAggregateList(args.function, ctx);
    const { array, var: variable } = args;

    return {
      projects: true,
      reads: "all",
      // As split(array) | function: every element becomes an event of its own holding only var.
      stage: (next, run) => {
        const set = new AggregateSet(pipelines, run);
        return {
          push(event) {
            for (const element of readElements(event, array)) {
              set.push(new Map([[variable, element]]));
            }
          },
          end() {
            for (const row of set.end()) {
              next.push(row);
            }
            next.end();
          },
        };
      },
    };
  },
};
