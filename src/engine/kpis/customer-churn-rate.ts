import type { EngineKpiModule } from '../context.js';
import { D, type Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient, type KpiCore } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Customer churn rate: customers churned in P ÷ paying customers at P's start, as a fraction
 * (0.2 is 20 %). A customer churns when their MRR goes from above 0 at the last instant before P.start
 * to 0 at the last instant before P.end; a subscription ending exactly on P.end churns in the next
 * period. Customers who leave and come back within P are not churned. No paying customer at the start
 * gives null with `zero-denominator`.
 * details: `churned`, `customersStart`, and `numerator` / `denominator` (the same two).
 * Summary: `{ churned, customersStart }`.
 * @example compute('customer-churn-rate', data, { period: '2024-05' }).value // Decimal 0.2 (1 of 5)
 */
export const customerChurnRate: EngineKpiModule = {
  id: 'customer-churn-rate',
  unit: 'percent',
  polarity: 'lower-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return churnRate(new D(m.churnedCustomers), new D(m.customersAtStart));
  },
  summary: [
    {
      inputs: ['churned', 'customersStart'],
      compute: ({ churned, customersStart }) => churnRate(churned!, customersStart!),
    },
  ],
};

/** Churned ÷ paying customers at the start, both in details. */
function churnRate(churned: Dec, customersStart: Dec): KpiCore {
  return quotient(churned, customersStart, { churned, customersStart });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const customerChurnRateInfo: KpiDefinition = {
  id: 'customer-churn-rate',
  names: { en: 'Customer churn rate', 'zh-TW': '客戶流失率' },
  unit: 'percent',
  polarity: 'lower-is-better',
  formula: 'customers churned in the period ÷ paying customers at the start',
  inputs: ['subscriptions', 'fxRates'],
};
