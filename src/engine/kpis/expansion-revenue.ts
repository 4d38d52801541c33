import type { EngineKpiModule } from '../context.js';
import type { Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, ratio } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Upsell and cross-sell revenue: expansion MRR in P, the sum of the rises of customers who paid both at
 * the last instant before P.start and at the last instant before P.end (new and reactivated MRR are not
 * expansion). It is not additive over months: a customer who upgrades in April and downgrades in May
 * expands in April but not in the quarter.
 * details: `start` (start MRR) and `rate` = expansion ÷ start MRR, a fraction, null when start MRR is 0.
 * The value is a sum, not a quotient, so details carry no `numerator` / `denominator`: the rate's are
 * the value and `start`.
 * Summary: `{ expansion, start }`, or `{ expansion }` alone.
 * @example compute('expansion-revenue', data, { period: '2024-05' }).details.rate // Decimal 0.125 (70 ÷ 560)
 */
export const expansionRevenue: EngineKpiModule = {
  id: 'expansion-revenue',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return expansion(m.expansion, m.start);
  },
  summary: [
    { inputs: ['expansion', 'start'], compute: (v) => expansion(v.expansion!, v.start!) },
    { inputs: ['expansion'], compute: (v) => ({ value: v.expansion! }) },
  ],
};

function expansion(value: Dec, start: Dec) {
  return { value, details: { start, rate: ratio(value, start) } };
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const expansionRevenueInfo: KpiDefinition = {
  id: 'expansion-revenue',
  names: { en: 'Upsell and cross-sell revenue', 'zh-TW': '追加銷售與交叉銷售營收' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'MRR added by existing customers in the period (rate: ÷ MRR at its start)',
  inputs: ['subscriptions', 'fxRates'],
};
