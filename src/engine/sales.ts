/**
 * Deal figures shared by the sales KPIs (spec §4): won deals and won sales in P, deals open at P.end.
 * Amounts are converted to the reporting currency on the dates of §6.10.
 */
import type { KpiContext } from './context.js';
import { D, sum, type Dec } from './decimal.js';
import { dealsKind } from './kinds.js';
import { lastDay, localDate, toReporting } from './money.js';
import { periodInstants, type Period } from './period.js';
import type { DealRecord } from './records.js';
import { recordsBefore, recordsIn } from './select.js';

/** Deals with stage `won` and closedAt in P. */
export function wonDeals(ctx: KpiContext, period: Period): DealRecord[] {
  return recordsIn(ctx, dealsKind, 'closedAt', period).filter((d) => d.stage === 'won');
}

/** A won or lost deal's amount in the reporting currency, converted on its close date. */
export function closedAmount(ctx: KpiContext, deal: DealRecord): Dec {
  return toReporting(ctx, deal.amount, deal.currency, () => localDate(ctx, deal.closedAt!));
}

/** Won sales in P: Σ amount of won deals closed in P. */
export function wonSales(ctx: KpiContext, period: Period): Dec {
  return sumClosed(ctx, wonDeals(ctx, period));
}

/** Σ of closed deals' amounts in the reporting currency ({@link closedAmount} each), exactly (see {@link sumAmounts}). */
export function sumClosed(ctx: KpiContext, deals: readonly DealRecord[]): Dec {
  return sumAmounts(ctx, deals, (d) => closedAmount(ctx, d));
}

/**
 * Σ of deals' amounts in the reporting currency, `amountOf` each (it converts where needed), exactly.
 * When no deal needs a conversion and every amount has a scaled-integer form (at most 15 digits), the
 * sum runs in integers of the finest scale and one Decimal is made at the end; a partial sum past 2^53
 * falls back to Decimal sums. Both are exact (such sums have at most 31 significant digits, within the
 * 34 of the Decimal), so both give the same value and the same digits, in any order.
 */
export function sumAmounts(ctx: KpiContext, deals: readonly DealRecord[], amountOf: (d: DealRecord) => Dec): Dec {
  return sumScaled(ctx, deals) ?? sum(deals.map(amountOf));
}

function sumScaled(ctx: KpiContext, deals: readonly DealRecord[]): Dec | undefined {
  let scale = 0;
  for (const d of deals) {
    if (d.amountUnits !== d.amountUnits) return undefined; // NaN: no scaled form
    if (d.currency && ctx.currency && d.currency !== ctx.currency) return undefined;
    if (d.amountScale > scale) scale = d.amountScale;
  }
  let total = 0;
  for (const d of deals) {
    const term = d.amountUnits * 10 ** (scale - d.amountScale);
    total += term;
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(total)) return undefined;
  }
  // + 0 turns a -0 total (of '-0' amounts alone) into 0, as the Decimal sum from ZERO gives.
  return new D(`${total + 0}e-${scale}`);
}

/**
 * Deals open at P.end: created before P.end and not won or lost by then; each keeps the stage it
 * carries (a deal won after P.end was open at P.end).
 */
export function openDeals(ctx: KpiContext, period: Period): DealRecord[] {
  const { end } = periodInstants(period, ctx.timeZone);
  return recordsBefore(ctx, dealsKind, 'createdAt', period).filter(
    (d) => !((d.stage === 'won' || d.stage === 'lost') && d.closedAt! < end),
  );
}

/** An open deal's amount in the reporting currency, converted on the last day of P (§6.10). */
export function openAmount(ctx: KpiContext, deal: DealRecord, period: Period): Dec {
  return toReporting(ctx, deal.amount, deal.currency, () => lastDay(period));
}
