import type { EngineKpiModule } from '../context.js';
import { D, sum, ZERO } from '../decimal.js';
import { dealsKind, fxRatesKind, repsKind } from '../kinds.js';
import { activeReps, UNASSIGNED, wonByRep } from '../reps.js';
import { noData, quotient } from '../result.js';
import type { BreakdownEntry, KpiDefinition } from '../types.js';

/**
 * Sales per rep (the source article: total sales ÷ reps): won sales in P (won deals with closedAt in
 * [P.start, P.end)) ÷ the reps active at any time in P, in the reporting currency. A rep is active in P when
 * activeFrom ≤ P's last day and activeTo (the last active day, inclusive) ≥ P's first day; without Rep
 * records, the reps are the distinct repIds on deals won or lost in P (spec §6.15). No rep gives null with
 * `zero-denominator`. details: numerator (won sales), denominator (reps).
 * breakdown: won sales of every active rep (zeros included), then of any other rep with won deals in P
 * (so the entries add up to won sales), by repId, and `unassigned` for won deals without a rep; details:
 * deals (won deals counted). Summary: `totalSales` ÷ `reps`.
 * @example computeSummary('sales-per-rep', { totalSales: 120000, reps: 4 }).value // Decimal 30000
 */
export const salesPerRep: EngineKpiModule = {
  id: 'sales-per-rep',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['deals', 'reps', 'fxRates'],
  reads: [dealsKind, repsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('deals')) return noData();
    const reps = activeReps(ctx, period);
    const won = wonByRep(ctx, period);
    const keys = [...new Set([...reps, ...won.byRep.keys()])].sort();
    const breakdown: BreakdownEntry[] = keys.map((key) => {
      const r = won.byRep.get(key);
      return { key, value: r?.sales ?? ZERO, details: { deals: new D(r?.deals ?? 0) } };
    });
    if (won.unassigned.deals > 0) {
      breakdown.push({ key: UNASSIGNED, value: won.unassigned.sales, details: { deals: new D(won.unassigned.deals) } });
    }
    // Summed in breakdown order, so the total is exactly the sum of the entries a widget shows.
    const core = quotient(sum(breakdown.map((b) => b.value!)), new D(reps.length));
    return baseline ? core : { ...core, breakdown };
  },
  summary: [{ inputs: ['totalSales', 'reps'], compute: ({ totalSales, reps }) => quotient(totalSales!, reps!) }],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const salesPerRepInfo: KpiDefinition = {
  id: 'sales-per-rep',
  names: { en: 'Sales per rep', 'zh-TW': '每個代表的銷售額' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'won sales ÷ reps active in the period',
  inputs: ['deals', 'reps', 'fxRates'],
};
