import type { EngineKpiModule } from '../context.js';
import type { Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Net revenue retention: (start MRR + expansion − contraction − churn) ÷ start MRR, as a fraction
 * (1.05 is 105 %). Start MRR is read at the last instant before P.start, the movements per customer
 * between then and the last instant before P.end; new and reactivated MRR are left out, so only the
 * customers paying at the start count. Start MRR of 0 gives null with `zero-denominator`.
 * details: `start`, `expansion`, `contraction`, `churn`, `numerator`, `denominator`.
 * Summary: `{ start, expansion, contraction, churn }` (MRR amounts, as in `mrr-movements`).
 * @example compute('net-revenue-retention', data, { period: '2024-05' }).value // Decimal 0.8035714285714285714285714285714286 (450 ÷ 560)
 */
export const netRevenueRetention: EngineKpiModule = {
  id: 'net-revenue-retention',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return nrr(m.start, m.expansion, m.contraction, m.churn);
  },
  summary: [
    {
      inputs: ['start', 'expansion', 'contraction', 'churn'],
      compute: (v) => nrr(v.start!, v.expansion!, v.contraction!, v.churn!),
    },
  ],
};

function nrr(start: Dec, expansion: Dec, contraction: Dec, churn: Dec) {
  return quotient(start.plus(expansion).minus(contraction).minus(churn), start, {
    start,
    expansion,
    contraction,
    churn,
  });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const netRevenueRetentionInfo: KpiDefinition = {
  id: 'net-revenue-retention',
  names: { en: 'Net revenue retention', 'zh-TW': '淨收入留存率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(start MRR + expansion − contraction − churn) ÷ start MRR',
  inputs: ['subscriptions', 'fxRates'],
};
