/**
 * Deal figures shared by the sales KPIs (spec §4): won deals and won sales in P, deals open at P.end.
 * Amounts are converted to the reporting currency on the dates of §6.10.
 */
import type { KpiContext } from './context.js';
import { sum, type Dec } from './decimal.js';
import { lastDay, localDate, toReporting } from './money.js';
import { periodInstants, type Period } from './period.js';
import type { DealRecord } from './records.js';
import { recordsBefore, recordsIn } from './select.js';

/** Deals with stage `won` and closedAt in P. */
export function wonDeals(ctx: KpiContext, period: Period): DealRecord[] {
  return recordsIn(ctx, 'deals', 'closedAt', period).filter((d) => d.stage === 'won');
}

/** A won or lost deal's amount in the reporting currency, converted on its close date. */
export function closedAmount(ctx: KpiContext, deal: DealRecord): Dec {
  return toReporting(ctx, deal.amount, deal.currency, localDate(ctx, deal.closedAt!));
}

/** Won sales in P: Σ amount of won deals closed in P. */
export function wonSales(ctx: KpiContext, period: Period): Dec {
  return sum(wonDeals(ctx, period).map((d) => closedAmount(ctx, d)));
}

/**
 * Deals open at P.end: created before P.end and not won or lost by then; each keeps the stage it
 * carries (a deal won after P.end was open at P.end).
 */
export function openDeals(ctx: KpiContext, period: Period): DealRecord[] {
  const { end } = periodInstants(period, ctx.timeZone);
  return recordsBefore(ctx, 'deals', 'createdAt', period).filter(
    (d) => !((d.stage === 'won' || d.stage === 'lost') && d.closedAt! < end),
  );
}

/** An open deal's amount in the reporting currency, converted on the last day of P (§6.10). */
export function openAmount(ctx: KpiContext, deal: DealRecord, period: Period): Dec {
  return toReporting(ctx, deal.amount, deal.currency, lastDay(period));
}
