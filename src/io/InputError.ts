/**
 * An input record that could not be read as an event, or an input that could not be opened.
 * `line` is the 1-based line where the record starts; it is absent when the whole input failed.
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(
    readonly source: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${source}: ${reason}` : `${source}:${line}: ${reason}`);
  }

  /** Formats the error as `file:line: reason`, the form compilers and editors recognise. */
  format(): string {
    return this.message;
  }
}
