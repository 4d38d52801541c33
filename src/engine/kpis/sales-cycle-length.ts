import type { EngineKpiModule } from '../context.js';
import { byRep, closedDeals, cycleDealsOption, cycleStats, repKeys } from '../deals-shared.js';
import { dealsKind, repsKind } from '../kinds.js';
import { noData, type KpiCore } from '../result.js';
import type { BreakdownEntry, KpiDefinition } from '../types.js';
import type { KpiContext } from '../context.js';
import type { DealRecord } from '../records.js';

function cycle(ctx: KpiContext, deals: DealRecord[]): KpiCore {
  const s = cycleStats(ctx, deals);
  return {
    value: s.mean,
    ...(s.mean === null ? { reason: 'zero-denominator' } : {}),
    details: { median: s.median, deals: s.deals, numerator: s.total, denominator: s.deals },
  };
}

/**
 * Sales cycle length: the mean number of local calendar days from createdAt to closedAt (both read as
 * dates in the zone, so a DST change or the hour of day never makes a fraction of a day) over deals won
 * with closedAt in the half-open period (a deal closed on P.end counts in the next period).
 * `cycleDeals: 'closed'` adds the lost deals closed in P. No such deal gives null `zero-denominator`.
 * details: median, deals, numerator (Σ days), denominator (deals). breakdown by repId with the same
 * details: every rep active in P or that closed a deal in P (zeros: null), and `unassigned`.
 * Summary: `{ averageDays }`.
 * @example compute('sales-cycle-length', data, { period: '2024-05' }).value // Decimal 30 for deals of 20 and 40 days
 */
export const salesCycleLength: EngineKpiModule = {
  id: 'sales-cycle-length',
  unit: 'days',
  polarity: 'lower-is-better',
  inputs: ['deals', 'reps'],
  reads: [dealsKind, repsKind],
  compute(ctx, period, baseline) {
    const which = cycleDealsOption(ctx.options);
    if (!ctx.index.has('deals')) return noData();
    const { won, lost } = closedDeals(ctx, period);
    const counted = which === 'closed' ? [...won, ...lost] : won;
    const core = cycle(ctx, counted);
    if (baseline) return core;
    const groups = byRep(counted);
    const breakdown = repKeys(ctx, period, [...won, ...lost]).map((key): BreakdownEntry => ({
      key,
      ...cycle(ctx, groups.get(key) ?? []),
    }));
    return { ...core, breakdown };
  },
  summary: [{ inputs: ['averageDays'], compute: ({ averageDays }) => ({ value: averageDays! }) }],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const salesCycleLengthInfo: KpiDefinition = {
  id: 'sales-cycle-length',
  names: { en: 'Sales cycle length', 'zh-TW': '銷售週期長度' },
  unit: 'days',
  polarity: 'lower-is-better',
  formula: 'average calendar days from creation to close of the deals won in the period (or of all deals closed)',
  inputs: ['deals', 'reps'],
};
