import type { EngineKpiModule } from '../context.js';
import { byRep, closedDeals, repKeys, weightedOption, winParts } from '../deals-shared.js';
import { dealsKind, fxRatesKind, repsKind } from '../kinds.js';
import type { Dec } from '../decimal.js';
import { noData, quotient, type KpiCore } from '../result.js';
import type { BreakdownEntry, KpiDefinition } from '../types.js';

/**
 * Win rate: won ÷ (won + lost), counting deals with closedAt in the half-open period (a deal closed on
 * P.end counts in the next period); a fraction (0.25 is 25 %). `weighted: true` weighs each deal by its
 * amount in the reporting currency, converted on its close date. No deal closed in P gives null
 * `zero-denominator`. details: won, lost (counts, or amounts when weighted), numerator, denominator.
 * breakdown by repId with the same details: every rep active in P (§6.15, zeros included: null
 * `zero-denominator`), every rep that closed a deal in P, and `unassigned` for deals without a rep.
 * Summary: `{ won, lost }`.
 * @example compute('win-rate', data, { period: '2024-05' }).value // Decimal 0.75 for 3 won and 1 lost
 */
export const winRate: EngineKpiModule = {
  id: 'win-rate',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['deals', 'reps', 'fxRates'],
  reads: [dealsKind, repsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    const weighted = weightedOption(ctx.options);
    if (!ctx.index.has('deals')) return noData();
    const { won, lost } = closedDeals(ctx, period);
    const all = winParts(ctx, won, lost, weighted);
    const core = winRateOf(all);
    if (baseline) return core;
    const wonBy = byRep(won);
    const lostBy = byRep(lost);
    const breakdown = repKeys(ctx, period, [...won, ...lost]).map((key): BreakdownEntry => {
      return { key, ...winRateOf(winParts(ctx, wonBy.get(key) ?? [], lostBy.get(key) ?? [], weighted)) };
    });
    return { ...core, breakdown };
  },
  summary: [
    {
      inputs: ['won', 'lost'],
      compute: ({ won, lost }) => winRateOf({ won: won!, lost: lost! }),
    },
  ],
};

/** won ÷ (won + lost), both in details. */
function winRateOf({ won, lost }: { won: Dec; lost: Dec }): KpiCore {
  return quotient(won, won.plus(lost), { won, lost });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const winRateInfo: KpiDefinition = {
  id: 'win-rate',
  names: { en: 'Win rate', 'zh-TW': '成交率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'deals won ÷ deals won or lost in the period (weighted: by amount)',
  inputs: ['deals', 'reps', 'fxRates'],
};
