/** formatTime(): an epoch time formatted with strftime-like `%` conversions. */
import { ErrorCodes } from "../../errors/index.js";
import { fieldName, oneOf, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { CompileContext, FunctionDefinition } from "../types.js";
import { epochMillis, queryZone, zoneArgument, type EpochUnit } from "./timeArguments.js";
import { calendarNames, compileTimeFormat, TimeFormatError } from "./timeFormat.js";

interface FormatTimeArgs {
  format: string;
  as: string;
  field: string;
  timezone?: string;
  locale?: string;
  unit: EpochUnit;
}

export const formatTime: FunctionDefinition<FormatTimeArgs> = {
  name: "formatTime",
  kind: "transformation",
  docsPage: "functions-formattime",
  summary: "Formats an epoch time (seconds or milliseconds) as text with %Y, %m, %d, %H... conversions in a time zone.",
  defaultParam: "format",
  params: {
    format: { type: "string", schema: text(), description: "The format, e.g. \"%Y-%m-%d %H:%M:%S\"; %% writes a percent sign." },
    as: { type: "field", schema: fieldName(), description: "The output field (required)." },
    field: { type: "field", schema: fieldName().default("@timestamp"), description: "The field holding the epoch time." },
    timezone: { type: "string", schema: text().optional(), description: "The time zone, e.g. Europe/London or +02:00; the run's time zone (UTC) by default." },
    locale: { type: "string", schema: text().optional(), description: "The locale for month and day names, e.g. en_GB or de." },
    unit: {
      type: "string",
      schema: oneOf(["auto", "seconds", "milliseconds"], "auto"),
      description: "How the number is read: auto (up to 100,000,000,000 is seconds), seconds or milliseconds.",
    },
  },
  compile(args, ctx) {
    let format: ReturnType<typeof compileTimeFormat>;
    try {
      format = compileTimeFormat(args.format);
    } catch (error) {
      if (error instanceof TimeFormatError) {
        ctx.error(`invalid format for formatTime(): ${error.message}`, ctx.argumentSpan("format"), ErrorCodes.invalidArgument);
      }
      throw error;
    }

    const zone = args.timezone === undefined ? queryZone(ctx) : zoneArgument(args.timezone, "timezone", ctx);
    const names = calendarNames(args.locale === undefined ? undefined : namesLocale(args.locale, ctx));
    const { field, unit } = args;

    return valueFunction(args.as, new Set([field]), (event) => {
      const raw = event.get(field);
      const epochMs = raw === undefined ? null : epochMillis(raw, unit);
      return epochMs === null || !Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15 ? null : format(epochMs, zone, names);
    });
  },
};

/**
 * Turns a Java-style locale (`en_US`) into a BCP 47 tag for the month and day names. Java takes
 * any country text, so a country Intl rejects (`en_UAE`) falls back to the language alone.
 */
function namesLocale(locale: string, ctx: CompileContext): string {
  const [language = "", ...rest] = locale.split(/[_-]/);
  for (const candidate of [[language, ...rest].join("-"), language]) {
    try {
      const [tag] = Intl.getCanonicalLocales(candidate);
      if (tag !== undefined) {
        return tag;
      }
    } catch {
      // Try the next, shorter form.
    }
  }

  return ctx.error(
    `invalid locale ${JSON.stringify(locale)}: use an ISO-639 language with an optional country, e.g. en or en_GB`,
    ctx.argumentSpan("locale"),
    ErrorCodes.invalidArgument,
  );
}
