import type { EngineKpiModule } from '../context.js';
import { cacOf, newCustomersIn, spendIn, UNATTRIBUTED } from '../acquisition.js';
import { D } from '../decimal.js';
import { customersKind, fxRatesKind, spendKind } from '../kinds.js';
import { noData } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * Paid CAC: spend of P on rows with `paid: true` and a channel (spec §6.13) ÷ new customers of P
 * (firstPaidAt in P, start inclusive, end exclusive) whose channel has such a row with a day in P.
 * Customers of free channels and without a channel are left out. Currency, lower is better.
 * No such customers: null `zero-denominator`. details: spend, newCustomers, numerator, denominator.
 * @example compute('paid-cac', data, { period: '2024-05' }).value // paid spend 3000 ÷ 3 paid-channel customers = 1000
 */
export const paidCac: EngineKpiModule = {
  id: 'paid-cac',
  unit: 'currency',
  polarity: 'lower-is-better',
  inputs: ['spend', 'customers', 'fxRates'],
  reads: [spendKind, customersKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('spend') || !ctx.index.has('customers')) return noData();
    const spend = spendIn(ctx, period);
    const customers = newCustomersIn(ctx, period);
    let count = 0;
    for (const channel of spend.paidByChannel.keys()) {
      if (channel !== UNATTRIBUTED) count += customers.byChannel.get(channel) ?? 0;
    }
    return cacOf(spend.paid, new D(count));
  },
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const paidCacInfo: KpiDefinition = {
  id: 'paid-cac',
  names: { en: 'Paid CAC', 'zh-TW': '付費管道獲客成本' },
  unit: 'currency',
  polarity: 'lower-is-better',
  formula: 'paid channel spend ÷ new customers of the channels with paid spend',
  inputs: ['spend', 'customers', 'fxRates'],
};
