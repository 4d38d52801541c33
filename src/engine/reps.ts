/**
 * Reps of a period and won sales per rep (spec §6.15): `Rep.activeTo` is the rep's last active day,
 * inclusive; without Rep records the reps of P are the distinct repIds on deals closed in P.
 */
import type { KpiContext } from './context.js';
import { sum, type Dec } from './decimal.js';
import { dealsKind, repsKind } from './kinds.js';
import { lastDay } from './money.js';
import type { Period } from './period.js';
import { closedAmount, wonDeals } from './sales.js';
import { recordsIn } from './select.js';
import { UNASSIGNED } from './records.js';

export { UNASSIGNED };

/**
 * Ids of the reps active at any time in P, sorted. With Rep records: activeFrom ≤ the last day of P and
 * (no activeTo, or activeTo ≥ the first day of P). Without any (valid) Rep record: the distinct repIds on
 * deals won or lost with closedAt in P. The id `unassigned` is left out: it names deals without a rep.
 */
export function activeReps(ctx: KpiContext, period: Period): string[] {
  const reps = ctx.index.kind(repsKind).records;
  if (reps.length === 0) {
    const ids = new Set<string>();
    for (const d of recordsIn(ctx, dealsKind, 'closedAt', period)) {
      if ((d.stage === 'won' || d.stage === 'lost') && d.repId !== undefined && d.repId !== UNASSIGNED)
        ids.add(d.repId);
    }
    return [...ids].sort();
  }
  const last = lastDay(period);
  return reps
    .filter(
      (r) =>
        (r.activeFrom === undefined || r.activeFrom <= last) &&
        (r.activeTo === undefined || r.activeTo >= period.start),
    )
    .map((r) => r.id)
    .filter((id) => id !== UNASSIGNED)
    .sort();
}

/** Won sales in P per repId (deals in closedAt order), and the won sales of deals without a rep. */
export interface WonByRep {
  byRep: Map<string, { sales: Dec; deals: number }>;
  unassigned: { sales: Dec; deals: number };
}

export function wonByRep(ctx: KpiContext, period: Period): WonByRep {
  const amounts = new Map<string, Dec[]>();
  const none: Dec[] = [];
  for (const d of wonDeals(ctx, period)) {
    const amount = closedAmount(ctx, d);
    // A repId spelled like the key itself joins the key, so no breakdown lists it twice.
    if (d.repId === undefined || d.repId === UNASSIGNED) {
      none.push(amount);
      continue;
    }
    const list = amounts.get(d.repId) ?? [];
    list.push(amount);
    amounts.set(d.repId, list);
  }
  const byRep = new Map<string, { sales: Dec; deals: number }>();
  for (const [rep, list] of amounts) byRep.set(rep, { sales: sum(list), deals: list.length });
  return { byRep, unassigned: { sales: sum(none), deals: none.length } };
}
