/** asn(): the autonomous system of an IP address, from a MaxMind-format ASN database. */
import { asnFields } from "./geoDatabase.js";
import { geoFunction } from "./geoFunction.js";

export const asn = geoFunction({
  name: "asn",
  docsPage: "functions-asn",
  summary: "Adds <field>.asn and <field>.org, the autonomous system of an IP address, from a MaxMind-format ASN database.",
  kind: "asn",
  fields: asnFields,
});
