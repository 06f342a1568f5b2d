/**
 * The aggregation behind bucket() and timeChart(). It groups events by time bucket and series
 * (the values of the series fields) and runs the aggregates per group. Each row holds `_bucket`
 * (the bucket's start in epoch milliseconds), the series fields and the aggregates' fields.
 *
 * Rows come in ascending `_bucket` order; within a bucket, series come in rank order. Every
 * bucket of the window is emitted for every kept series, an empty one with what the aggregates
 * give for no events (`_count` 0), as LogScale's charts show them.
 */
import type { Event } from "../../engine/event.js";
import { formatNumber, parseNumber } from "../../engine/values.js";
import { AggregateSet } from "../aggregate/combine.js";
import type { CompiledPipeline, RunContext, Sink, StageFactory } from "../types.js";
import {
  bucketCount,
  bucketStart,
  bucketStartsOf,
  MAX_FILLED_BUCKETS,
  runWindow,
  spanFor,
  timestampOf,
  type Bucketing,
  type TimeWindow,
} from "./bucketing.js";
import type { UnitConversion } from "./unit.js";

/** A sliding window over buckets, from window(): each bucket aggregates itself and earlier buckets. */
export interface SlidingWindow {
  /** The window's length in buckets, when given as buckets=. */
  buckets: number | undefined;
  /** The window's length in milliseconds, when given as span=. */
  span: number | undefined;
}

export interface TimeBucketsSpec {
  /** The calling function's name, for warnings. */
  functionName: string;
  bucketing: Bucketing;
  seriesFields: readonly string[];
  pipelines: readonly CompiledPipeline[];
  /** Set when the function is window(...): the pipelines then run over each bucket's window. */
  sliding: SlidingWindow | undefined;
  /** The maximum number of series kept, by rank. */
  limit: number;
  /** Whether the query set `limit`; LogScale warns about dropped series only when it did not. */
  limitGiven: boolean;
  /** Conversions of the aggregates' numeric fields, in field order; one conversion applies to all. */
  units: readonly UnitConversion[];
}

interface Series {
  values: string[];
  firstSeen: number;
  /** Per bucket start: the running aggregates, or the events when a sliding window needs them later. */
  buckets: Map<number, AggregateSet | Event[]>;
}

/** Builds the stage. */
export function timeBucketsStage(spec: TimeBucketsSpec): StageFactory {
  return (next, run) => new TimeBuckets(spec, next, run);
}

class TimeBuckets implements Sink {
  private readonly series = new Map<string, Series>();
  /** Events held until the window, and so the span, is known (no span and no run window). */
  private readonly held: { time: number; event: Event }[] = [];
  private readonly earlySpan: number | undefined;
  private earliest = Number.POSITIVE_INFINITY;
  private latest = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly spec: TimeBucketsSpec,
    private readonly next: Sink,
    private readonly run: RunContext,
  ) {
    const bucketing = spec.bucketing;
    const knowsSpan = bucketing.span !== undefined || bucketing.window !== undefined;
    this.earlySpan = knowsSpan ? spanFor(bucketing, bucketing.window) : undefined;

    if (spec.seriesFields.length === 0) {
      this.seriesOf([]);
    }
  }

  push(event: Event): void {
    const time = timestampOf(event);
    const window = this.spec.bucketing.window;
    if (time === undefined || (window !== undefined && (time < window.start || time >= window.end))) {
      return;
    }

    this.earliest = Math.min(this.earliest, time);
    this.latest = Math.max(this.latest, time);

    if (this.earlySpan === undefined) {
      this.held.push({ time, event });
    } else {
      this.add(time, event, this.earlySpan);
    }
  }

  end(): void {
    const window = runWindow(this.spec.bucketing, this.earliest, this.latest);
    const span = this.earlySpan ?? spanFor(this.spec.bucketing, window);

    for (const { time, event } of this.held) {
      this.add(time, event, span);
    }
    this.held.length = 0;

    const starts = this.bucketStarts(window, span);
    const ranked = this.rankSeries(span);
    for (const start of starts) {
      for (const series of ranked) {
        this.emitBucket(series, start, span);
      }
    }
    this.next.end();
  }

  /** Adds an event to its series and bucket; events lacking a series field are left out. */
  private add(time: number, event: Event, span: number): void {
    const values: string[] = [];
    for (const field of this.spec.seriesFields) {
      const value = event.get(field);
      if (value === undefined) {
        return;
      }
      values.push(value);
    }

    const series = this.seriesOf(values);
    const start = bucketStart(time, span, this.spec.bucketing.zone);
    let bucket = series.buckets.get(start);
    if (bucket === undefined) {
      bucket = this.spec.sliding === undefined ? new AggregateSet(this.spec.pipelines, this.run) : [];
      series.buckets.set(start, bucket);
    }

    bucket.push(event);
  }

  private seriesOf(values: string[]): Series {
    const key = values.map((value) => `${value.length}:${value}`).join("");
    let series = this.series.get(key);
    if (series === undefined) {
      series = { values, firstSeen: this.series.size, buckets: new Map() };
      this.series.set(key, series);
    }
    return series;
  }

  /**
   * Returns the buckets to emit: every bucket of the window, or only the buckets with events when
   * there is no window or it has more than MAX_FILLED_BUCKETS buckets.
   */
  private bucketStarts(window: TimeWindow | undefined, span: number): number[] {
    const zone = this.spec.bucketing.zone;
    if (window !== undefined && bucketCount(window, span, zone) <= MAX_FILLED_BUCKETS) {
      return bucketStartsOf(window, span, zone);
    }

    if (window !== undefined) {
      this.run.warn(
        `${this.spec.functionName}() would have ${bucketCount(window, span, zone)} buckets over the search window, more than the ${MAX_FILLED_BUCKETS} it fills in; buckets without events were left out, so use a larger span`,
      );
    }

    const starts = new Set<number>();
    for (const series of this.series.values()) {
      for (const start of series.buckets.keys()) {
        starts.add(start);
      }
    }
    return [...starts].sort((a, b) => a - b);
  }

  /**
   * Orders the series by rank and keeps the first `limit`. The docs rank a series by the
   * highest value its aggregates give. Here a series' rank is the sum of its numeric output
   * values over all of its buckets, and equal sums keep first-seen order.
   */
  private rankSeries(span: number): Series[] {
    const all = [...this.series.values()];
    if (this.spec.seriesFields.length === 0) {
      return all;
    }

    const totals = new Map<Series, number>();
    for (const series of all) {
      let total = 0;
      for (const start of series.buckets.keys()) {
        total += sumOfNumbers(this.rowsOf(series, start, span));
      }
      totals.set(series, total);
    }

    all.sort((a, b) => (totals.get(b) as number) - (totals.get(a) as number) || a.firstSeen - b.firstSeen);
    if (all.length > this.spec.limit && !this.spec.limitGiven) {
      this.run.warn(
        `${this.spec.functionName}() found ${all.length} series, more than its limit of ${this.spec.limit}; only the top ${this.spec.limit} were kept, so set limit= (at most 500) to keep more`,
      );
    }
    return all.slice(0, this.spec.limit);
  }

  private readonly computed = new Map<Series, Map<number, Event[]>>();

  /** Returns the aggregates' rows of one series and bucket, computed once. */
  private rowsOf(series: Series, start: number, span: number): Event[] {
    let perBucket = this.computed.get(series);
    if (perBucket === undefined) {
      perBucket = new Map();
      this.computed.set(series, perBucket);
    }

    let rows = perBucket.get(start);
    if (rows === undefined) {
      rows = this.spec.sliding === undefined ? this.bucketRows(series, start) : this.slidingRows(series, start, span);
      perBucket.set(start, rows);
    }
    return rows;
  }

  private bucketRows(series: Series, start: number): Event[] {
    const bucket = series.buckets.get(start);
    const set = bucket instanceof AggregateSet ? bucket : new AggregateSet(this.spec.pipelines, this.run);
    return set.end();
  }

  /** Runs the aggregates over the events of this bucket and the buckets before it inside the window. */
  private slidingRows(series: Series, start: number, span: number): Event[] {
    const sliding = this.spec.sliding as SlidingWindow;
    const count = sliding.buckets ?? Math.max(1, Math.ceil((sliding.span as number) / span));
    const set = new AggregateSet(this.spec.pipelines, this.run);

    for (let index = count - 1; index >= 0; index -= 1) {
      const events = series.buckets.get(start - index * span);
      if (Array.isArray(events)) {
        for (const event of events) {
          set.push(event);
        }
      }
    }
    return set.end();
  }

  private emitBucket(series: Series, start: number, span: number): void {
    for (const row of this.rowsOf(series, start, span)) {
      const output: Event = new Map([["_bucket", String(start)]]);
      this.spec.seriesFields.forEach((field, index) => output.set(field, series.values[index] as string));

      let position = 0;
      for (const [name, value] of row) {
        output.set(name, this.convert(value, position, span));
        position += 1;
      }
      this.next.push(output);
    }
  }

  /** Applies the unit conversion of the field at `position` to a numeric value. */
  private convert(value: string, position: number, span: number): string {
    const units = this.spec.units;
    const conversion = units.length === 1 ? units[0] : units[position];
    const number = conversion === undefined ? null : parseNumber(value);
    if (conversion === undefined || number === null) {
      return value;
    }
    return formatNumber(number * conversion(span));
  }
}

function sumOfNumbers(rows: readonly Event[]): number {
  let total = 0;
  for (const row of rows) {
    for (const value of row.values()) {
      const number = parseNumber(value);
      if (number !== null) {
        total += number;
      }
    }
  }
  return total;
}
