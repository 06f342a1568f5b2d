/** max(): the largest number of a field. */
import { extremeDefinition } from "./extreme.js";

export const max = extremeDefinition("max");
