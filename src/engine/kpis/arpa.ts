import type { EngineKpiModule } from '../context.js';
import { D, type Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient, type KpiCore } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Average revenue per account: end MRR of P ÷ paying customers (MRR > 0) at P's end, in the reporting
 * currency. Both are read at the last instant before P.end, so P.end itself belongs to the next period.
 * No paying customer at the end gives null with `zero-denominator`.
 * details: `mrr`, `customers`, and `numerator` / `denominator` (the same two).
 * Summary: MRR ÷ customers, from `{ mrr, customers }`.
 * @example compute('arpa', data, { period: '2024-05' }).value // Decimal 94.28571428571428571428571428571429 (660 ÷ 7)
 */
export const arpa: EngineKpiModule = {
  id: 'arpa',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return arpaOf(m.end, new D(m.customersAtEnd));
  },
  summary: [
    {
      inputs: ['mrr', 'customers'],
      compute: ({ mrr, customers }) => arpaOf(mrr!, customers!),
    },
  ],
};

/** ARPA from end MRR and paying customers, both in details. */
function arpaOf(mrr: Dec, customers: Dec): KpiCore {
  return quotient(mrr, customers, { mrr, customers });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const arpaInfo: KpiDefinition = {
  id: 'arpa',
  names: { en: 'Average revenue per account', 'zh-TW': '每位客戶平均收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'end MRR ÷ paying customers at the end of the period',
  inputs: ['subscriptions', 'fxRates'],
};
