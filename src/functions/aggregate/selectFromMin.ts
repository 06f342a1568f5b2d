/** selectFromMin(): the listed fields of the event with the smallest number in a field. */
import { selectFromDefinition } from "./selectFrom.js";

export const selectFromMin = selectFromDefinition("min");
