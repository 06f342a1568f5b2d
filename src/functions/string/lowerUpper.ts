/** The locale handling lower() and upper() share. */
import { ErrorCodes } from "../../errors/index.js";
import type { CompileContext } from "../types.js";

/**
 * Turns a Java-style locale (`en`, `en_US`) into a BCP 47 tag JavaScript accepts; undefined
 * means the default case mapping.
 */
export function localeTag(locale: string | undefined, parameter: string, ctx: CompileContext): string | undefined {
  if (locale === undefined) {
    return undefined;
  }

  const tag = locale.replace(/_/g, "-");
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return ctx.error(
      `invalid locale ${JSON.stringify(locale)}: use an ISO-639 language with an optional ISO-3166 country, e.g. en or en_US`,
      ctx.argumentSpan(parameter),
      ErrorCodes.invalidArgument,
    );
  }
}
