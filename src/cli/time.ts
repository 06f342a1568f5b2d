/**
 * Parses the time options `--now`, `--start` and `--end`: epoch milliseconds or an ISO-8601
 * date or date-time. A date-time without an offset is taken as UTC so that a command gives the
 * same result on every machine.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Returns epoch milliseconds, or an error message naming the option and the accepted forms. */
export function parseTimeOption(option: string, text: string): number | { error: string } {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isSafeInteger(value)) return value;
    return { error: `invalid --${option} value "${text}": the number is too large for epoch milliseconds` };
  }

  const match = ISO_DATE_TIME.exec(trimmed);
  const value = match === null ? Number.NaN : parseIsoMatch(match);
  if (Number.isNaN(value)) {
    return {
      error:
        `invalid --${option} value "${text}": expected epoch milliseconds (1700000000000) ` +
        `or an ISO-8601 time (2023-11-14T22:13:20Z)`,
    };
  }
  return value;
}

function parseIsoMatch(match: RegExpExecArray): number {
  const [, year, month, day, hour, minute, second = "00", fraction = "", zone] = match;
  const milliseconds = fraction === "" ? "" : fraction.slice(0, 4).padEnd(4, "0");
  const time = hour === undefined ? "00:00:00" : `${hour}:${minute}:${second}${milliseconds}`;
  const offset = zone === undefined ? "Z" : normaliseOffset(zone);
  const value = Date.parse(`${year}-${month}-${day}T${time}${offset}`);

  // Date.parse rolls 2024-02-30 over to March; reject dates that do not exist instead.
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendarDay.getUTCDate() !== Number(day) || calendarDay.getUTCMonth() !== Number(month) - 1) {
    return Number.NaN;
  }
  return value;
}

function normaliseOffset(zone: string): string {
  if (zone === "Z" || zone.includes(":")) return zone;
  return `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
