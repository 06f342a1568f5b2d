/** Functions on timestamps and durations. */
import type { AnyFunctionDefinition } from "../registry.js";
import { duration } from "./duration.js";
import { end } from "./end.js";
import { findTimestamp } from "./findTimestamp.js";
import { formatDuration } from "./formatDuration.js";
import { formatTime } from "./formatTime.js";
import { now } from "./now.js";
import { parseTimestamp } from "./parseTimestamp.js";
import { start } from "./start.js";
import { timeDayOfMonth } from "./timeDayOfMonth.js";
import { timeDayOfWeek } from "./timeDayOfWeek.js";
import { timeDayOfWeekName } from "./timeDayOfWeekName.js";
import { timeDayOfYear } from "./timeDayOfYear.js";
import { timeHour } from "./timeHour.js";
import { timeMillisecond } from "./timeMillisecond.js";
import { timeMinute } from "./timeMinute.js";
import { timeMonth } from "./timeMonth.js";
import { timeMonthName } from "./timeMonthName.js";
import { timeSecond } from "./timeSecond.js";
import { timeWeekOfYear } from "./timeWeekOfYear.js";
import { timeYear } from "./timeYear.js";

export const timeFunctions: AnyFunctionDefinition[] = [
  duration,
  end,
  findTimestamp,
  formatDuration,
  formatTime,
  now,
  parseTimestamp,
  start,
  timeDayOfMonth,
  timeDayOfWeek,
  timeDayOfWeekName,
  timeDayOfYear,
  timeHour,
  timeMillisecond,
  timeMinute,
  timeMonth,
  timeMonthName,
  timeSecond,
  timeWeekOfYear,
  timeYear,
];
