/**
 * The function registry: the single list of functions a query may call. Each engine instance
 * has its own, so callers can add functions without touching global state. Names are looked up
 * case-insensitively, as LogScale does (`groupby` finds `groupBy`).
 */
import { CqlError, ErrorCodes } from "../errors/index.js";
import type { FunctionDefinition } from "./types.js";

/** A definition of any argument type: definitions differ in `Args`, the registry ignores it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Args is contravariant in compile().
export type AnyFunctionDefinition = FunctionDefinition<any>;

export class Registry {
  private readonly byName = new Map<string, AnyFunctionDefinition>();
  private readonly definitions: AnyFunctionDefinition[] = [];

  constructor(definitions: readonly AnyFunctionDefinition[] = []) {
    for (const definition of definitions) {
      this.register(definition);
    }
  }

  /**
   * Adds a function under its name and aliases.
   * @throws CqlError when one of the names is taken; use `replace` to swap a definition on purpose.
   */
  register(definition: AnyFunctionDefinition): void {
    const names = [definition.name, ...(definition.aliases ?? [])];

    for (const name of names) {
      const existing = this.byName.get(name.toLowerCase());
      if (existing !== undefined) {
        throw new CqlError(
          ErrorCodes.duplicateFunction,
          `cannot register function "${name}": the name is taken by "${existing.name}"; call replace() to swap a definition on purpose`,
        );
      }
    }

    this.store(definition, names);
  }

  /**
   * Swaps the definition registered under `definition.name` for a new one.
   * @throws CqlError when no function of that name exists.
   */
  replace(definition: AnyFunctionDefinition): void {
    const existing = this.byName.get(definition.name.toLowerCase());
    if (existing === undefined) {
      throw new CqlError(ErrorCodes.unknownFunction, `cannot replace function "${definition.name}": it is not registered`);
    }

    for (const name of [existing.name, ...(existing.aliases ?? [])]) {
      this.byName.delete(name.toLowerCase());
    }
    this.definitions.splice(this.definitions.indexOf(existing), 1);

    this.register(definition);
  }

  /** Finds a function by name or alias, ignoring case. */
  lookup(name: string): AnyFunctionDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Returns every registered definition, in registration order. */
  list(): readonly AnyFunctionDefinition[] {
    return this.definitions;
  }

  /** Returns every name and alias, as written in the definitions. */
  names(): string[] {
    return this.definitions.flatMap((definition) => [definition.name, ...(definition.aliases ?? [])]);
  }

  private store(definition: AnyFunctionDefinition, names: readonly string[]): void {
    for (const name of names) {
      this.byName.set(name.toLowerCase(), definition);
    }
    this.definitions.push(definition);
  }
}
