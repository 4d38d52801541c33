import type { EngineKpiModule } from '../context.js';
import type { Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Gross revenue retention: (start MRR − contraction − churn) ÷ start MRR, as a fraction; at most 1 for
 * non-negative MRR, since expansion is left out. Start MRR is read at the last instant before P.start,
 * the movements per customer between then and the last instant before P.end. Start MRR of 0 gives null
 * with `zero-denominator`.
 * details: `start`, `contraction`, `churn`, `numerator`, `denominator`.
 * Summary: `{ start, contraction, churn }` (MRR amounts, as in `mrr-movements`).
 * @example compute('gross-revenue-retention', data, { period: '2024-05' }).value // Decimal 0.6785714285714285714285714285714286 (380 ÷ 560)
 */
export const grossRevenueRetention: EngineKpiModule = {
  id: 'gross-revenue-retention',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return grr(m.start, m.contraction, m.churn);
  },
  summary: [{ inputs: ['start', 'contraction', 'churn'], compute: (v) => grr(v.start!, v.contraction!, v.churn!) }],
};

function grr(start: Dec, contraction: Dec, churn: Dec) {
  return quotient(start.minus(contraction).minus(churn), start, { start, contraction, churn });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const grossRevenueRetentionInfo: KpiDefinition = {
  id: 'gross-revenue-retention',
  names: { en: 'Gross revenue retention', 'zh-TW': '總收入留存率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(start MRR − contraction − churn) ÷ start MRR',
  inputs: ['subscriptions', 'fxRates'],
};
