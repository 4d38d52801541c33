/**
 * Pieces shared by the deal KPIs (win rate, average deal size, sales cycle length, pipeline velocity):
 * their options, the closed deals of P with their amounts and cycle days, and the reps a per-rep
 * breakdown lists (spec §6.15).
 */
import { choice, type KpiContext } from './context.js';
import { D, sum, ZERO, type Dec } from './decimal.js';
import { InvalidOptionError } from './errors.js';
import { dealsKind } from './kinds.js';
import { localDate } from './money.js';
import { daysBetween, parseLocalDate, type Period } from './period.js';
import { readBoolean, type DealRecord } from './records.js';
import { activeReps, UNASSIGNED } from './reps.js';
import { sumClosed } from './sales.js';
import { recordsIn } from './select.js';
import type { ComputeOptions } from './types.js';

/** `weighted` for win rate: a boolean (or the text 'true' / 'false' of a widget attribute); default false. */
export function weightedOption(options: ComputeOptions): boolean {
  const v = options.weighted;
  if (v === undefined || v === null) return false;
  const weighted = readBoolean(v);
  if (weighted === undefined) throw new InvalidOptionError('weighted', `${JSON.stringify(v)} is not true or false.`);
  return weighted;
}

/** `cycleDeals` for sales cycle length: 'won' (default) or 'closed' (won and lost). */
export function cycleDealsOption(options: ComputeOptions): 'won' | 'closed' {
  return choice(options, 'cycleDeals', ['won', 'closed'] as const, 'won');
}

/** Won and lost deals with closedAt in P (one binary search over the closedAt index). */
export function closedDeals(ctx: KpiContext, period: Period): { won: DealRecord[]; lost: DealRecord[] } {
  const won: DealRecord[] = [];
  const lost: DealRecord[] = [];
  for (const d of recordsIn(ctx, dealsKind, 'closedAt', period)) {
    if (d.stage === 'won') won.push(d);
    else if (d.stage === 'lost') lost.push(d);
  }
  return { won, lost };
}

/** Win rate parts: counts, or amounts in the reporting currency when weighted. */
export function winParts(
  ctx: KpiContext,
  won: DealRecord[],
  lost: DealRecord[],
  weighted: boolean,
): { won: Dec; lost: Dec } {
  if (!weighted) return { won: new D(won.length), lost: new D(lost.length) };
  return {
    won: sumClosed(ctx, won),
    lost: sumClosed(ctx, lost),
  };
}

/** Local calendar days from a closed deal's createdAt to its closedAt in the zone (DST-proof). */
export function cycleDays(ctx: KpiContext, deal: DealRecord): number {
  const created = parseLocalDate(localDate(ctx, deal.createdAt))!;
  const closed = parseLocalDate(localDate(ctx, deal.closedAt!))!;
  return daysBetween(created, closed);
}

/** Mean (as Σ days ÷ deals, unreduced) and median of cycle lengths in days. */
export interface CycleStats {
  total: Dec;
  deals: Dec;
  mean: Dec | null;
  median: Dec | null;
}

export function cycleStats(ctx: KpiContext, deals: DealRecord[]): CycleStats {
  const days = deals.map((d) => cycleDays(ctx, d)).sort((a, b) => a - b);
  const n = days.length;
  const total = sum(days.map((x) => new D(x)));
  if (n === 0) return { total, deals: ZERO, mean: null, median: null };
  const mid = n >> 1;
  const median = n % 2 === 1 ? new D(days[mid]!) : new D(days[mid - 1]!).plus(days[mid]!).div(2);
  return { total, deals: new D(n), mean: total.div(n), median };
}

/**
 * The keys of a per-rep breakdown (spec §6.15): reps active in P by their Rep records (activeFrom on or
 * before P's last day, activeTo, inclusive, on or after its first), else the distinct repIds of `closed`;
 * in both cases also every rep that closed a deal in P, so that the rows add up to the total; and
 * `unassigned` last when a closed deal has no rep. Sorted, so record order never matters.
 */
export function repKeys(ctx: KpiContext, period: Period, closed: DealRecord[]): string[] {
  const keys = new Set(activeReps(ctx, period));
  for (const d of closed) if (d.repId !== undefined && d.repId !== UNASSIGNED) keys.add(d.repId);
  const sorted = [...keys].sort();
  return closed.some((d) => d.repId === undefined || d.repId === UNASSIGNED) ? [...sorted, UNASSIGNED] : sorted;
}

/** Groups deals by their breakdown key (repId, or `unassigned`). */
export function byRep(deals: DealRecord[]): Map<string, DealRecord[]> {
  const groups = new Map<string, DealRecord[]>();
  for (const d of deals) {
    const key = d.repId ?? UNASSIGNED;
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}
