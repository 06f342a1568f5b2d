import type { InputError } from "./InputError.js";

export interface ReadOptions {
  /**
   * Skip records that are not valid events instead of throwing. Errors that leave the rest of
   * the input unreadable (an unclosed JSON array, a file that cannot be opened) still throw.
   */
  skipInvalid?: boolean;
  /** Called once for every record skipped because `skipInvalid` is set. */
  onSkip?: (error: InputError) => void;
}
