/** subnet(): the IPv4 subnet of a given prefix length that an address belongs to. */
import { z } from "zod";
import { parseAddress } from "../lookup/subnet.js";
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { formatIPv4, prefixMask } from "./subnetSet.js";

interface SubnetArgs {
  field: string;
  bits: number;
  as: string;
}

export const subnet: FunctionDefinition<SubnetArgs> = {
  name: "subnet",
  kind: "transformation",
  docsPage: "functions-subnet",
  summary: "Writes the IPv4 subnet (network/bits) that an address belongs to, e.g. 10.2.2.0/23.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding an IPv4 address." },
    bits: {
      type: "number",
      schema: z.number({ error: "expected a prefix length from 0 to 32" }).int().min(0).max(32),
      description: "The prefix length, 0 to 32.",
    },
    as: { type: "field", schema: outputField("_subnet"), description: "The output field." },
  },
  compile(args) {
    const { field, bits } = args;
    const mask = prefixMask(32, bits);
    // NOTE: the docs show no output value; network/bits (CIDR notation) is this library's choice.
    return valueFunction(args.as, new Set([field]), (event) => {
      const text = event.get(field);
      const address = text === undefined ? undefined : parseAddress(text);
      return address === undefined || address.bits !== 32 ? null : `${formatIPv4(address.value & mask)}/${bits}`;
    });
  },
};
