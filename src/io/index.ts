export { InputError } from "./InputError.js";
export type { ReadOptions } from "./options.js";
export { readEvents, readEventFiles, STDIN_PATH, STDIN_NAME } from "./readEvents.js";
