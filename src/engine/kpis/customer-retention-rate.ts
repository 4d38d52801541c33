import type { EngineKpiModule } from '../context.js';
import { D, type Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient, type KpiCore } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Customer retention rate: (paying customers at P's end − new − reactivated) ÷ paying customers at
 * P's start, as a fraction. Counts are taken at the last instants before P.start and P.end; a customer
 * who had churned before P and pays again is reactivated and so not retained. With non-negative MRR it
 * equals 1 − customer churn rate. No paying customer at the start gives null with `zero-denominator`.
 * details: `customersStart`, `customersEnd`, `newCustomers`, `reactivatedCustomers`, `numerator`, `denominator`.
 * Summary: `{ customersStart, customersEnd, newCustomers }` where new customers are every customer gained in
 * P (reactivations included), or the same plus `reactivatedCustomers` to subtract them separately.
 * @example compute('customer-retention-rate', data, { period: '2024-05' }).value // Decimal 0.8 ((7 − 2 − 1) ÷ 5)
 */
export const customerRetentionRate: EngineKpiModule = {
  id: 'customer-retention-rate',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return retention(
      new D(m.customersAtStart),
      new D(m.customersAtEnd),
      new D(m.newCustomers),
      new D(m.reactivatedCustomers),
    );
  },
  summary: [
    {
      inputs: ['customersStart', 'customersEnd', 'newCustomers', 'reactivatedCustomers'],
      compute: ({ customersStart, customersEnd, newCustomers, reactivatedCustomers }) =>
        retention(customersStart!, customersEnd!, newCustomers!, reactivatedCustomers!),
    },
    {
      inputs: ['customersStart', 'customersEnd', 'newCustomers'],
      compute: ({ customersStart, customersEnd, newCustomers }) =>
        retention(customersStart!, customersEnd!, newCustomers!),
    },
  ],
};

/** (customers at end − new − reactivated, when given) ÷ customers at start, each in details. */
function retention(customersStart: Dec, customersEnd: Dec, newCustomers: Dec, reactivatedCustomers?: Dec): KpiCore {
  const kept = customersEnd.minus(newCustomers);
  return quotient(reactivatedCustomers ? kept.minus(reactivatedCustomers) : kept, customersStart, {
    customersStart,
    customersEnd,
    newCustomers,
    ...(reactivatedCustomers ? { reactivatedCustomers } : {}),
  });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const customerRetentionRateInfo: KpiDefinition = {
  id: 'customer-retention-rate',
  names: { en: 'Customer retention rate', 'zh-TW': '客戶保留率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(customers at end − new − reactivated) ÷ customers at start',
  inputs: ['subscriptions', 'fxRates'],
};
