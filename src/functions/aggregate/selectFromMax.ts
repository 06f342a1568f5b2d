/** selectFromMax(): the listed fields of the event with the largest number in a field. */
import { selectFromDefinition } from "./selectFrom.js";

export const selectFromMax = selectFromDefinition("max");
