/**
 * Shared reading of money and time for KPI modules: amounts in the reporting currency (spec §6.10),
 * membership of an instant in a period, and the share of a spread row (spend, quota) inside a period.
 */
import type { KpiContext } from './context.js';
import type { Dec } from './decimal.js';
import { fxRatesKind } from './kinds.js';
import { daysBetween, epochToLocalDate, parseLocalDate, periodInstants, type Period } from './period.js';
import type { SpreadRow } from './records.js';

/** An amount in the reporting currency, converted with the rate on or before the local `date`. */
export function toReporting(ctx: KpiContext, amount: Dec, currency: string | undefined, date: string): Dec {
  if (!currency || !ctx.currency || currency === ctx.currency) return amount;
  return ctx.index.kind(fxRatesKind).table.convert(amount, currency, ctx.currency, date);
}

/** The local calendar date of an instant in the context's zone. */
export function localDate(ctx: KpiContext, t: number): string {
  return epochToLocalDate(t, ctx.timeZone);
}

/** A test for "instant t lies in the half-open period P". */
export function within(ctx: KpiContext, period: Period): (t: number | undefined) => boolean {
  const { start, end } = periodInstants(period, ctx.timeZone);
  return (t) => t !== undefined && t >= start && t < end;
}

/** The last local day of a period (the conversion date of open deals, §6.10). */
export function lastDay(period: Period): string {
  const end = parseLocalDate(period.end)!;
  return new Date(Date.UTC(end.year, end.month - 1, end.day) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The part of a spread row that falls in P: amount × (days of the row inside P) ÷ (days of the row),
 * multiplied before dividing; converted at the row's periodStart (§6.10). Zero when they do not overlap.
 */
export function spreadShare(ctx: KpiContext, row: SpreadRow, period: Period): Dec {
  const from = row.start > period.start ? row.start : period.start;
  const to = row.end < period.end ? row.end : period.end;
  if (to <= from) return row.amount.times(0);
  const amount = toReporting(ctx, row.amount, row.currency, row.start);
  const inside = daysBetween(parseLocalDate(from)!, parseLocalDate(to)!);
  const total = daysBetween(parseLocalDate(row.start)!, parseLocalDate(row.end)!);
  return inside === total ? amount : amount.times(inside).div(total);
}
