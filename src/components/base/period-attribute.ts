import { InvalidPeriodError } from '../../engine/errors.js';
import {
  addDays,
  addMonths,
  epochToLocalDate,
  formatCivil,
  parseLocalDate,
  parseMonth,
  type CivilDate,
} from '../../engine/period.js';
import type { PeriodInput } from '../../engine/types.js';

/** The words `period` accepts besides `2024-05`, `2024-Q2`, `2024` and ranges. */
export const RELATIVE_PERIODS = [
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-year',
  'ytd',
] as const;

const month = (d: CivilDate) => formatCivil(d).slice(0, 7);
const quarterOf = (d: CivilDate) => `${d.year}-Q${Math.floor((d.month - 1) / 3) + 1}`;

/**
 * Turns a widget's `period` attribute into the engine's period, reading "now" in `timeZone` (the engine
 * knows no clock). Empty: the last complete month. `this-month`, `last-month`, `this-quarter`,
 * `last-quarter`, `this-year`, `last-year`; `ytd` is January 1 up to and including today (the range
 * ends at the start of tomorrow). `2024-01/2024-06` is those months, both included;
 * `2024-01-15/2024-02-14` those days, both included. Anything else goes to the engine as it is
 * (`2024-05`, `2024-Q2`, `2024`). Throws InvalidPeriodError.
 */
export function resolvePeriodAttribute(text: string | undefined | null, timeZone: string, now: number): PeriodInput {
  const value = (text ?? '').trim();
  const today = parseLocalDate(epochToLocalDate(now, timeZone))!;
  const first = { year: today.year, month: today.month, day: 1 };
  const quarterStart = { year: today.year, month: Math.floor((today.month - 1) / 3) * 3 + 1, day: 1 };
  switch (value.toLowerCase()) {
    case '':
    case 'last-month':
      return month(addMonths(first, -1));
    case 'this-month':
      return month(first);
    case 'this-quarter':
      return quarterOf(quarterStart);
    case 'last-quarter':
      return quarterOf(addMonths(quarterStart, -3));
    case 'this-year':
      return String(today.year);
    case 'last-year':
      return String(today.year - 1);
    case 'ytd':
      return { start: `${today.year}-01-01`, end: formatCivil(addDays(today, 1)) };
  }
  const range = value.split('/');
  if (range.length === 2) {
    const [a, b] = range.map((s) => s.trim()) as [string, string];
    const ma = parseMonth(a);
    const mb = parseMonth(b);
    if (ma && mb) {
      if (formatCivil(mb) < formatCivil(ma))
        throw new InvalidPeriodError(value, 'the last month comes before the first');
      return { start: formatCivil(ma), end: formatCivil(addMonths(mb, 1)) };
    }
    const da = parseLocalDate(a);
    const db = parseLocalDate(b);
    if (da && db) {
      if (formatCivil(db) < formatCivil(da)) throw new InvalidPeriodError(value, 'the last day comes before the first');
      return { start: formatCivil(da), end: formatCivil(addDays(db, 1)) };
    }
    throw new InvalidPeriodError(value, 'a range is two months "2024-01/2024-06" or two dates');
  }
  return value;
}
