/**
 * Calendar arithmetic on local dates and instants in an IANA zone, with `Intl` only.
 * A period is half-open: [start, end) as local dates 'YYYY-MM-DD'. A timestamp without an offset is
 * wall-clock time in the zone (spec §6.1); one with `Z` or `±hh:mm` is an instant.
 */
import { InvalidOptionError, InvalidPeriodError, InvalidTimeZoneError } from './errors.js';
import type { PeriodInput, PeriodRange } from './types.js';

const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number;
}

/** A resolved period: local dates plus the instants (epoch ms) that bound it in the zone. */
export interface Period extends PeriodRange {
  /** Whole months from the first of a month to the first of a later month, else undefined. */
  months?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Checks an IANA zone name and returns its canonical spelling, 'UTC' when undefined or null; throws
 * InvalidTimeZoneError.
 */
export function resolveTimeZone(input: unknown): string {
  const timeZone = input ?? 'UTC';
  if (typeof timeZone !== 'string' || timeZone === '') throw new InvalidTimeZoneError(timeZone);
  return formatterFor(timeZone).resolvedOptions().timeZone;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new InvalidTimeZoneError(timeZone);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of the zone from UTC at an instant, in ms (whole seconds), asked of Intl. */
function intlOffsetAt(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

const HOUR_MS = 3_600_000;
/** Past this many cached spans per zone the cache starts over (1M days is over 2,700 years). */
const MAX_CACHED_SPANS = 1_000_000;
/**
 * Per zone: UTC day number -> the zone's offset throughout that day; NaN when it changes inside it,
 * then per UTC hour (keys offset by {@link HOUR_KEYS}) the same way.
 */
const offsetsBySpan = new Map<string, Map<number, number>>();
/** The zone of the last look-up and its spans: a dataset is read in one zone. */
let lastZone: string | undefined;
let lastSpans: Map<number, number> | undefined;
/** Hour keys live above every day key (day numbers are far below 2^40). */
const HOUR_KEYS = 2 ** 40;

/**
 * The offset of a zone over the span [from, from + length), or NaN when it is not one offset. Zones
 * change offset at whole seconds and never twice within a day (tzdb transitions are weeks apart at the
 * least), so equal offsets at the span's first and last second mean one offset throughout.
 */
function spanOffset(byspan: Map<number, number>, key: number, from: number, length: number, timeZone: string): number {
  let offset = byspan.get(key);
  if (offset === undefined) {
    const first = intlOffsetAt(from, timeZone);
    const last = intlOffsetAt(from + length - 1000, timeZone);
    offset = first === last ? first : NaN;
    if (byspan.size >= MAX_CACHED_SPANS) byspan.clear();
    byspan.set(key, offset);
  }
  return offset;
}

/**
 * Offset of the zone from UTC at an instant, in ms (whole seconds). Intl is slow (~µs per call) and a
 * dataset has millions of timestamps on a few thousand distinct days, so Intl is asked twice per UTC day
 * (see {@link spanOffset}); on a day with a transition, twice per hour; in the hour of the transition,
 * once per instant, exactly as without the cache.
 */
function offsetAt(epochMs: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  let byspan = timeZone === lastZone ? lastSpans : offsetsBySpan.get(timeZone);
  if (!byspan) {
    byspan = new Map();
    offsetsBySpan.set(timeZone, byspan);
  }
  lastZone = timeZone;
  lastSpans = byspan;
  const day = Math.floor(epochMs / DAY_MS);
  const daily = spanOffset(byspan, day, day * DAY_MS, DAY_MS, timeZone);
  if (daily === daily) return daily; // not NaN
  const hour = Math.floor(epochMs / HOUR_MS);
  const hourly = spanOffset(byspan, HOUR_KEYS + hour, hour * HOUR_MS, HOUR_MS, timeZone);
  return hourly === hourly ? hourly : intlOffsetAt(epochMs, timeZone);
}

/**
 * The instant of a wall-clock time in a zone. In a fall-back overlap the earlier instant is taken; in a
 * spring-forward gap, where the time does not exist, it is read with the offset before the gap (as
 * Temporal's 'compatible' disambiguation does), which lands the same distance after the gap.
 */
export function zonedToEpoch(d: CivilDate, timeZone: string, hour = 0, minute = 0, second = 0, ms = 0): number {
  return wallToEpoch(Date.UTC(d.year, d.month - 1, d.day, hour, minute, second, ms), timeZone);
}

/** Local midnights are cached for the wall days of 1900..2099, counted from 1900-01-01. */
const MIDNIGHT_FIRST_DAY = -25_567;
const MIDNIGHT_DAYS = 73_049;
/** Per zone: the instant of each local midnight by wall day (NaN until asked), for date-only timestamps. */
const midnights = new Map<string, Float64Array>();
let lastMidnightZone: string | undefined;
let lastMidnights: Float64Array | undefined;

/**
 * {@link zonedToEpoch} of a wall-clock time given as the epoch ms it would be in UTC. A date without a
 * time (a wall midnight, as most exports write dates) is worked out once per day and zone.
 */
function wallToEpoch(wall: number, timeZone: string): number {
  if (timeZone === 'UTC') return wall;
  if (wall % DAY_MS === 0) {
    const index = wall / DAY_MS - MIDNIGHT_FIRST_DAY;
    if (index >= 0 && index < MIDNIGHT_DAYS) {
      let table = timeZone === lastMidnightZone ? lastMidnights : midnights.get(timeZone);
      if (!table) {
        table = new Float64Array(MIDNIGHT_DAYS).fill(NaN);
        midnights.set(timeZone, table);
      }
      lastMidnightZone = timeZone;
      lastMidnights = table;
      let epoch = table[index]!;
      if (epoch !== epoch) table[index] = epoch = wallToEpochOf(wall, timeZone);
      return epoch;
    }
  }
  return wallToEpochOf(wall, timeZone);
}

/** {@link wallToEpoch} worked out from the zone's offsets around the wall time. */
function wallToEpochOf(wall: number, timeZone: string): number {
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  // One candidate: it is the answer whether or not it checks out (see the end).
  if (after === before) return before;
  const beforeValid = wall - before === offsetAt(before, timeZone);
  const afterValid = wall - after === offsetAt(after, timeZone);
  if (beforeValid && afterValid) return Math.min(before, after);
  return afterValid ? after : before;
}

/** Local day number (days since 1970-01-01) -> 'YYYY-MM-DD', for the few thousand days a dataset spans. */
const dayTexts = new Map<number, string>();

/** The local calendar date of an instant in a zone, as 'YYYY-MM-DD'. */
export function epochToLocalDate(epochMs: number, timeZone: string): string {
  const day = Math.floor((epochMs + offsetAt(epochMs, timeZone)) / DAY_MS);
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = dayText(day);
    if (dayTexts.size >= 100_000) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local date `days` after a local date 'YYYY-MM-DD' (calendar arithmetic, no zone involved). */
export function shiftDate(date: string, days: number): string {
  // Date.parse reads a date without a time as UTC midnight.
  return dayText(Date.parse(date) / DAY_MS + days);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days of a month 1..12 of a whole year, as `new Date(Date.UTC(year, month, 0)).getUTCDate()` gives them
 * (without the Date): Gregorian leap years, with Date.UTC's reading of years 0..99 as 1900..1999 (so
 * 0000-02-29 stays invalid).
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Whether a year from 0, a month and a day name a day that exists; false for NaN in a field. */
function isDate(year: number, month: number, day: number): boolean {
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date when it exists; undefined for an impossible one or NaN in a field. */
function validCivil(year: number, month: number, day: number): CivilDate | undefined {
  return isDate(year, month, day) ? { year, month, day } : undefined;
}

/** Parses a local date 'YYYY-MM-DD'; undefined when malformed or impossible (2024-02-30). */
export function parseLocalDate(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  return validCivil(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

export function formatCivil(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Reads an ISO 8601 timestamp as epoch ms: with `Z`/offset as that instant, without as wall-clock time
 * in `timeZone`. Undefined when malformed or impossible. The syntax, around white space:
 * `YYYY-MM-DD`, then optionally `THH:MM` (also `t` or a space), `:SS` and a fraction of 1 to 9 digits
 * (read to the millisecond), then optionally `Z` (`z`) or an offset `±HH:MM` (`±HHMM`, up to 18 hours).
 * Read by hand, without a regular expression (the tests hold it to one): datasets have millions of them.
 */
export function parseTimestamp(text: unknown, timeZone: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  // No new string for the usual text, which has no white space around it.
  const s = untrimmed(text) ? text : text.trim();
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined; // '-'
  // Unrolled: this runs once or twice per record of millions.
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  const t = s.charCodeAt(i);
  if (t === 84 || t === 116 || t === 32) {
    // 'T', 't', ' '
    if (s.charCodeAt(13) !== 58) return undefined; // ':'
    hour = digit(s, 11) * 10 + digit(s, 12);
    minute = digit(s, 14) * 10 + digit(s, 15);
    i = 16;
    if (s.charCodeAt(i) === 58) {
      second = digit(s, 17) * 10 + digit(s, 18);
      i = 19;
      if (s.charCodeAt(i) === 46) {
        // '.' and 1 to 9 digits, of which the first three are milliseconds
        let count = 0;
        for (let d = digit(s, ++i); d >= 0; d = digit(s, ++i)) {
          if (++count <= 3) ms = ms * 10 + d;
        }
        if (count < 1 || count > 9) return undefined;
        // '.5' is 500 ms, '.05' 50.
        ms *= count === 1 ? 100 : count === 2 ? 10 : 1;
      }
    }
  }
  // The offset in minutes east of UTC; NaN: none, wall-clock time in the zone.
  let offset = NaN;
  if (i < n) {
    const z = s.charCodeAt(i);
    if (z === 90 || z === 122) {
      // 'Z', 'z'
      if (i + 1 !== n) return undefined;
      offset = 0;
    } else if (z === 43 || z === 45) {
      // '+', '-', then HH, an optional ':' and MM
      const hours = digit(s, i + 1) * 10 + digit(s, i + 2);
      i += s.charCodeAt(i + 3) === 58 ? 4 : 3;
      const minutes = digit(s, i) * 10 + digit(s, i + 1);
      if (i + 2 !== n || !(minutes <= 59 && hours * 60 + minutes <= 18 * 60)) return undefined;
      offset = (z === 45 ? -1 : 1) * (hours * 60 + minutes);
    } else return undefined;
  }
  // NaN in any field (a non-digit, or a field past the end) fails every comparison below.
  if (!isDate(year, month, day) || !(hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  // Date.UTC(year, month - 1, day, hour, minute, second, ms), from the cached first of the month: every
  // term is a whole number far below 2^53, so the sum is exact and equal to it.
  const wall = monthStart(year, month) + (day - 1) * DAY_MS + hour * HOUR_MS + minute * 60_000 + second * 1000 + ms;
  return offset === offset ? wall - offset * 60_000 : wallToEpoch(wall, timeZone);
}

/**
 * Whether a non-empty text neither starts nor ends with white space by its first and last characters
 * alone (every character that trim() removes is below '!' or above '~'), so trim() would return it as is.
 */
export function untrimmed(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/** The digit at position i of s as a number 0..9, or NaN (also past the end). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** The decimal number of `count` digits of s from position i, or NaN when one is not a digit. */
function digits(s: string, i: number, count: number): number {
  let value = 0;
  for (let end = i + count; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    value = value * 10 + c;
  }
  return value;
}

/** Date.UTC(year, month - 1, 1) by year * 12 + month - 1 for the years 0000..9999 (NaN until asked). */
let monthStarts: Float64Array | undefined;

/** Date.UTC(year, month - 1, 1) for a year 0..9999 and a month 1..12, asked of Date.UTC once per month. */
function monthStart(year: number, month: number): number {
  const table = (monthStarts ??= new Float64Array(120_000).fill(NaN));
  const index = year * 12 + month - 1;
  let start = table[index]!;
  if (start !== start) table[index] = start = Date.UTC(year, month - 1, 1);
  return start;
}

/** Adds whole days to a local date (calendar arithmetic, no zone involved). */
export function addDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Adds whole months; the day is clamped to the month's length (Jan 31 + 1 month = Feb 29 in 2024). */
export function addMonths(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Local calendar days from a to b (b − a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

function monthsBetween(a: CivilDate, b: CivilDate): number | undefined {
  if (a.day !== 1 || b.day !== 1) return undefined;
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** A year, a month of it or a quarter of it: '2024', '2024-05', '2024-Q2' (or 'q2'). */
const PERIOD_RE = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/i;

/** Parses a month string 'YYYY-MM' into its first day; undefined when malformed. */
export function parseMonth(text: unknown): CivilDate | undefined {
  return typeof text === 'string' ? parseLocalDate(`${text.trim()}-01`) : undefined;
}

function makePeriod(start: CivilDate, end: CivilDate): Period {
  const months = monthsBetween(start, end);
  return { start: formatCivil(start), end: formatCivil(end), ...(months !== undefined ? { months } : {}) };
}

/** Resolves a period input (month, quarter, year or { start, end }); throws InvalidPeriodError. */
export function resolvePeriod(input: PeriodInput | undefined): Period {
  if (typeof input === 'string') {
    const m = PERIOD_RE.exec(input.trim());
    const [, year, month, quarter] = m ?? [];
    const start = m && validCivil(Number(year), month ? Number(month) : quarter ? Number(quarter) * 3 - 2 : 1, 1);
    if (!start) throw new InvalidPeriodError(input);
    return makePeriod(start, addMonths(start, month ? 1 : quarter ? 3 : 12));
  }
  if (input && typeof input === 'object') {
    const start = parseLocalDate(input.start);
    const end = parseLocalDate(input.end);
    if (!start || !end) throw new InvalidPeriodError(input, 'start and end must be dates YYYY-MM-DD');
    if (daysBetween(start, end) <= 0) throw new InvalidPeriodError(input, 'end must come after start');
    return makePeriod(start, end);
  }
  throw new InvalidPeriodError(input, 'the period option is required');
}

/** The period a comparison looks at (spec §6.17): same length immediately before, or one year back. */
export function comparisonPeriod(p: Period, basis: 'previous-period' | 'same-period-last-year'): Period {
  const start = parseLocalDate(p.start)!;
  const end = parseLocalDate(p.end)!;
  if (basis === 'same-period-last-year') return makePeriod(addMonths(start, -12), addMonths(end, -12));
  if (p.months !== undefined) return makePeriod(addMonths(start, -p.months), start);
  return makePeriod(addDays(start, -daysBetween(start, end)), start);
}

/** The months from `from` to `to`, both included, as periods (spec §6.2). */
export function monthRange(from: string, to: string): Period[] {
  const first = parseMonth(from);
  const last = parseMonth(to);
  if (!first) throw new InvalidOptionError('from', `${JSON.stringify(from)} is not a month "YYYY-MM".`);
  if (!last) throw new InvalidOptionError('to', `${JSON.stringify(to)} is not a month "YYYY-MM".`);
  const count = monthsBetween(first, last)! + 1;
  if (count < 1) throw new InvalidOptionError('to', `"${to}" comes before "from" "${from}".`);
  if (count > 1200) throw new InvalidOptionError('to', `a series is limited to 1200 months; got ${count}.`);
  return Array.from({ length: count }, (_, i) => {
    const start = addMonths(first, i);
    return makePeriod(start, addMonths(start, 1));
  });
}

/** The instants bounding a period in a zone: [start, end) in epoch ms. */
export function periodInstants(p: PeriodRange, timeZone: string): { start: number; end: number } {
  return {
    start: zonedToEpoch(parseLocalDate(p.start)!, timeZone),
    end: zonedToEpoch(parseLocalDate(p.end)!, timeZone),
  };
}
