/**
 * Shared reading of money and time for KPI modules: amounts in the reporting currency (spec §6.10),
 * local dates, and the share of a spread row (spend, quota) inside a period.
 */
import type { KpiContext } from './context.js';
import type { Dec } from './decimal.js';
import { fxRatesKind } from './kinds.js';
import { daysBetween, epochToLocalDate, parseLocalDate, shiftDate, type Period } from './period.js';
import type { SpreadRow } from './records.js';

/**
 * An amount in the reporting currency, converted with the rate on or before the local date `dateOf`
 * gives; it is asked only for a conversion.
 */
export function toReporting(ctx: KpiContext, amount: Dec, currency: string | undefined, dateOf: () => string): Dec {
  if (!currency || !ctx.currency || currency === ctx.currency) return amount;
  return ctx.index.kind(fxRatesKind).table.convert(amount, currency, ctx.currency, dateOf());
}

/** The local calendar date of an instant in the context's zone. */
export function localDate(ctx: KpiContext, t: number): string {
  return epochToLocalDate(t, ctx.timeZone);
}

/** The last local day of a period (the conversion date of open deals, §6.10). */
export function lastDay(period: Period): string {
  return shiftDate(period.end, -1);
}

/**
 * The part of a spread row that falls in P: amount × (days of the row inside P) ÷ (days of the row),
 * multiplied before dividing; converted at the row's periodStart (§6.10). The row has a day in P: callers
 * skip the others, which need no exchange rate and list no channel or rep.
 */
export function spreadShare(ctx: KpiContext, row: SpreadRow, period: Period): Dec {
  const from = row.start > period.start ? row.start : period.start;
  const to = row.end < period.end ? row.end : period.end;
  const amount = toReporting(ctx, row.amount, row.currency, () => row.start);
  const inside = daysBetween(parseLocalDate(from)!, parseLocalDate(to)!);
  const total = daysBetween(parseLocalDate(row.start)!, parseLocalDate(row.end)!);
  return inside === total ? amount : amount.times(inside).div(total);
}
