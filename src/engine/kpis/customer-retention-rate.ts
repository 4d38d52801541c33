import type { EngineKpiModule } from '../context.js';
import { D } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import { mrrMovements } from '../subscriptions.js';

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
    const customersStart = new D(m.customersAtStart);
    const customersEnd = new D(m.customersAtEnd);
    const newCustomers = new D(m.newCustomers);
    const reactivatedCustomers = new D(m.reactivatedCustomers);
    return quotient(customersEnd.minus(newCustomers).minus(reactivatedCustomers), customersStart, {
      customersStart,
      customersEnd,
      newCustomers,
      reactivatedCustomers,
    });
  },
  summary: [
    {
      inputs: ['customersStart', 'customersEnd', 'newCustomers', 'reactivatedCustomers'],
      compute: ({ customersStart, customersEnd, newCustomers, reactivatedCustomers }) =>
        quotient(customersEnd!.minus(newCustomers!).minus(reactivatedCustomers!), customersStart!, {
          customersStart: customersStart!,
          customersEnd: customersEnd!,
          newCustomers: newCustomers!,
          reactivatedCustomers: reactivatedCustomers!,
        }),
    },
    {
      inputs: ['customersStart', 'customersEnd', 'newCustomers'],
      compute: ({ customersStart, customersEnd, newCustomers }) =>
        quotient(customersEnd!.minus(newCustomers!), customersStart!, {
          customersStart: customersStart!,
          customersEnd: customersEnd!,
          newCustomers: newCustomers!,
        }),
    },
  ],
};
