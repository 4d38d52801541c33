import type { EngineKpiModule } from '../context.js';
import { cacOf, cacParts, costBasis } from '../acquisition.js';
import { customersKind, fxRatesKind, spendKind } from '../kinds.js';
import { noData } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * Customer acquisition cost: spend of P ÷ new customers of P (Customer records whose firstPaidAt falls
 * in P, start inclusive, end exclusive, by local date). Spend rows are spread evenly over their days
 * `[periodStart, periodEnd)` and P takes the share of days inside it, converted at periodStart.
 * `costBasis`: `'marketing'` (default; rows with a channel) or `'fully-loaded'` (overhead rows too).
 * Currency, lower is better. No new customers: null `zero-denominator`. details: spend, newCustomers,
 * numerator, denominator. Summary: `{ spend, newCustomers }` (the source article's CAC).
 * @example compute('cac', { spend: [{ periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '3000', channel: 'ads' }], customers: [...3 in May] }, { period: '2024-05' }).value // 1000
 */
export const cac: EngineKpiModule = {
  id: 'cac',
  unit: 'currency',
  polarity: 'lower-is-better',
  inputs: ['spend', 'customers', 'fxRates'],
  reads: [spendKind, customersKind, fxRatesKind],
  compute(ctx, period) {
    const basis = costBasis(ctx.options);
    if (!ctx.index.has('spend') || !ctx.index.has('customers')) return noData();
    const { spend, newCustomers } = cacParts(ctx, period, basis);
    return cacOf(spend, newCustomers);
  },
  summary: [
    {
      inputs: ['spend', 'newCustomers'],
      compute: ({ spend, newCustomers }) => cacOf(spend!, newCustomers!),
    },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const cacInfo: KpiDefinition = {
  id: 'cac',
  names: { en: 'Customer acquisition cost', 'zh-TW': '客戶獲取成本' },
  unit: 'currency',
  polarity: 'lower-is-better',
  formula:
    'marketing spend ÷ new customers (customers whose first payment falls in the period); fully loaded: all spend, overhead included',
  inputs: ['spend', 'customers', 'fxRates'],
};
