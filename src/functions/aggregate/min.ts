/** min(): the smallest number of a field. */
import { extremeDefinition } from "./extreme.js";

export const min = extremeDefinition("min");
