/** ipLocation(): the country, city and coordinates of an IP address, from a MaxMind-format database. */
import { locationFields } from "./geoDatabase.js";
import { geoFunction } from "./geoFunction.js";

export const ipLocation = geoFunction({
  name: "ipLocation",
  docsPage: "functions-iplocation",
  summary: "Adds <field>.country (ISO code), .city, .lat and .lon for an IP address from a MaxMind-format location database.",
  kind: "location",
  fields: locationFields,
});
