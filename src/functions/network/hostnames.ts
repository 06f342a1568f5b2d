/**
 * Reverse DNS for reverseDns() and rdns(), through the resolver the caller passes in the run
 * option `reverseDns`. The library itself never sends a DNS query.
 */
import type { Event } from "../../engine/event.js";
import { parseAddress } from "../lookup/subnet.js";
import type { RunOptions, StageFactory } from "../types.js";

export interface HostnameOptions {
  functionName: string;
  field: string;
  as: string;
  /** The number of distinct addresses resolved per run; later ones are not resolved. */
  limit: number;
}

/**
 * Builds the stage that writes the host name of the address in `field` to `as`. Each distinct
 * address is resolved once per run. Events whose address has no name, is not an address, or
 * comes past the limit pass unchanged, and the run gets a warning for the limit and for a
 * missing resolver.
 */
export function hostnameStage(runOptions: RunOptions, options: HostnameOptions): StageFactory {
  const { functionName, field, as, limit } = options;

  return (next, run) => {
    const resolve = runOptions.reverseDns;
    const names = new Map<string, string | undefined>();

    const lookup = (address: string): string | undefined => {
      if (names.has(address)) {
        return names.get(address);
      }
      if (names.size >= limit) {
        run.warn(`${functionName}() resolved ${limit} distinct addresses and left the rest without a host name; raise limit= to resolve more`);
        return undefined;
      }

      const name = resolveSafely(resolve, address);
      names.set(address, name);
      return name;
    };

    return {
      push(event: Event) {
        const text = event.get(field)?.trim();
        if (text !== undefined && parseAddress(text) !== undefined) {
          if (resolve === undefined) {
            run.warn(`${functionName}() has no resolver, so it added no host names: pass a reverseDns function in the run options`);
          } else {
            const name = lookup(text);
            if (name !== undefined) {
              event.set(as, name);
            }
          }
        }
        next.push(event);
      },
      end() {
        next.end();
      },
    };
  };
}

/** Calls the resolver; one that throws counts as a failed lookup, as a DNS timeout does in LogScale. */
function resolveSafely(resolve: RunOptions["reverseDns"], address: string): string | undefined {
  try {
    const name = resolve?.(address);
    return typeof name === "string" && name !== "" ? name : undefined;
  } catch {
    return undefined;
  }
}
